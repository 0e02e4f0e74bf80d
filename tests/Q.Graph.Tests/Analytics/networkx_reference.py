#!/usr/bin/env python3
"""NetworkX reference figures for Q's network analytics tests (tests/Q.Graph.Tests/Analytics).

  networkx_reference.py export NAME DIR   writes a network NetworkX ships (or a seeded random one) as members.tsv
                                          and ties.tsv, with seeded attributes some of which are missing
  networkx_reference.py analyse DIR       builds the graph from DIR by the same rules as NetworkLoader and prints
                                          every figure of a report as JSON (NaN as null)

DIR holds members.tsv (id, region, role, organisation, organisationType, joined, topics comma-separated; an empty
field is a missing value), ties.tsv (a, b, since), and optionally filter.json (the NetworkFilter, wire names),
communities.tsv (id, community: the partition to score with networkx.community.modularity) and params.json
(louvainSeed; betweennessSources and pathSources: ids for sampled figures).
"""
import json
import math
import os
import random
import sys
import warnings

import networkx as nx
from networkx.algorithms.centrality import betweenness as nxb

warnings.simplefilter("ignore")  # numpy warns on 0/0 (assortativity of a regular graph); the result is nan

UNKNOWN = "unknown"
ATTRIBUTES = ["region", "role", "organisation", "organisationType"]
ROLES = ["frontline", "manager", "patient-leader", "researcher", "policymaker", "other"]
ORG_TYPES = ["acute-provider", "primary-care", "community-provider", "local-authority", "third-sector"]


def named_graph(name):
    if name == "karate":
        return nx.karate_club_graph()
    if name == "florentine":
        return nx.florentine_families_graph()
    if name == "lesmis":
        return nx.les_miserables_graph()
    if name == "davis":
        return nx.Graph(nx.davis_southern_women_graph())
    if name.startswith("gnp:"):  # gnp:n:p:seed
        _, n, p, seed = name.split(":")
        return nx.gnp_random_graph(int(n), float(p), seed=int(seed))
    raise SystemExit(f"unknown network {name}")


def export(name, out):
    g = named_graph(name)
    rng = random.Random(7)
    ids = {v: str(v) if not isinstance(v, int) else f"n{v:04d}" for v in g.nodes}
    regions = ["north", "south", "east", "west"]
    orgs = [f"org-{i}" for i in range(6)]
    with open(os.path.join(out, "members.tsv"), "w", encoding="utf-8") as f:
        for v in g.nodes:
            club = g.nodes[v].get("club")
            # Attributes are seeded but correlated with nothing, except karate's real club split as its region.
            region = club if club is not None else (rng.choice(regions) if rng.random() > 0.1 else "")
            role = rng.choice(ROLES)
            org = rng.choice(orgs) if rng.random() > 0.15 else ""
            org_type = ORG_TYPES[orgs.index(org) % len(ORG_TYPES)] if org and org != "org-5" else ""
            f.write("\t".join([ids[v], region, role, org, org_type, "", ""]) + "\n")
    with open(os.path.join(out, "ties.tsv"), "w", encoding="utf-8") as f:
        for a, b in g.edges:
            if a != b:
                f.write(f"{ids[a]}\t{ids[b]}\t\n")


def read_tsv(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip("\n")]


def read_json(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def included(member, flt):
    """NetworkLoader.Includes, restated: every attribute given must match."""
    if flt.get("regionId") is not None and member["region"] != flt["regionId"]:
        return False
    if flt.get("role") is not None and member["role"] != flt["role"]:
        return False
    if flt.get("organisationId") is not None and member["organisation"] != flt["organisationId"]:
        return False
    if flt.get("organisationType") is not None and member["organisationType"] != flt["organisationType"]:
        return False
    if flt.get("topicId") is not None and flt["topicId"] not in member["topics"]:
        return False
    joined = member["joined"]
    if flt.get("joinedFrom") is not None and (joined is None or joined < flt["joinedFrom"]):
        return False
    if flt.get("joinedTo") is not None and (joined is None or joined > flt["joinedTo"]):
        return False
    if flt.get("asOf") is not None and joined is not None and joined > flt["asOf"]:
        return False
    return True


def build(folder):
    flt = read_json(os.path.join(folder, "filter.json"))
    members = []
    for row in read_tsv(os.path.join(folder, "members.tsv")):
        row += [""] * (7 - len(row))
        members.append({
            "id": row[0], "region": row[1] or None, "role": row[2] or None, "organisation": row[3] or None,
            "organisationType": row[4] or None, "joined": row[5] or None,
            "topics": set(t for t in row[6].split(",") if t),
        })
    keep = sorted((m for m in members if included(m, flt)), key=lambda m: m["id"])
    g = nx.Graph()
    for m in keep:  # nodes in id order, as Q numbers them
        g.add_node(m["id"], **{a: m[a] if m[a] is not None else UNKNOWN for a in ATTRIBUTES})
    for row in read_tsv(os.path.join(folder, "ties.tsv")):
        a, b, since = row[0], row[1], (row[2] if len(row) > 2 else "") or None
        if flt.get("asOf") is not None and since is not None and since > flt["asOf"]:
            continue
        if a in g and b in g and a != b:
            g.add_edge(a, b)
    return g


def num(x):
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else float(x)


def sampled_betweenness(g, sources):
    b = dict.fromkeys(g, 0.0)
    for s in sources:
        S, P, sigma, _ = nxb._single_source_shortest_path_basic(g, s)
        b, _ = nxb._accumulate_basic(b, S, P, sigma, s)
    return nxb._rescale(b, len(g), normalized=True, directed=False, k=len(sources), endpoints=False)


def analyse(folder):
    g = build(folder)
    params = read_json(os.path.join(folder, "params.json"))
    n, m = g.number_of_nodes(), g.number_of_edges()
    out = {"nodes": list(g.nodes), "edges": [sorted(e) for e in g.edges], "memberCount": n, "connectionCount": m}
    out["density"] = nx.density(g) if n > 1 else 0.0
    out["averageDegree"] = 2 * m / n if n else 0.0
    out["degreeDistribution"] = {}
    for _, d in g.degree:
        out["degreeDistribution"][str(d)] = out["degreeDistribution"].get(str(d), 0) + 1
    components = list(nx.connected_components(g))
    largest = max(components, key=len) if components else set()
    out["componentCount"] = len(components)
    out["largestComponentShare"] = len(largest) / n if n else 0.0
    out["isolateCount"] = nx.number_of_isolates(g)
    out["transitivity"] = nx.transitivity(g)
    out["averageClustering"] = nx.average_clustering(g) if n else 0.0
    try:
        out["degreeAssortativity"] = num(nx.degree_assortativity_coefficient(g))
    except (ZeroDivisionError, ValueError, IndexError):
        out["degreeAssortativity"] = None
    sub = g.subgraph(largest)
    out["averageShortestPathLength"] = nx.average_shortest_path_length(sub) if len(largest) > 1 else 0.0
    out["betweenness"] = nx.betweenness_centrality(g, normalized=True)
    if "betweennessSources" in params:
        out["sampledBetweenness"] = sampled_betweenness(g, params["betweennessSources"])
    if "pathSources" in params:
        k, size = len(params["pathSources"]), len(largest)
        total = sum(sum(nx.single_source_shortest_path_length(sub, s).values()) for s in params["pathSources"])
        out["sampledAverageShortestPathLength"] = total / (k * (size - 1))
    if m > 0:
        louvain = nx.community.louvain_communities(g, seed=params.get("louvainSeed", 1))
        out["louvainModularity"] = nx.community.modularity(g, louvain)
        out["louvainCommunityCount"] = len(louvain)
        given = {}
        for row in read_tsv(os.path.join(folder, "communities.tsv")):
            given.setdefault(row[1], set()).add(row[0])
        if given:
            out["modularityOfGiven"] = nx.community.modularity(g, list(given.values()))
    mixing = {}
    for a in ATTRIBUTES:
        internal = sum(1 for u, v in g.edges if g.nodes[u][a] == g.nodes[v][a])
        external = m - internal
        r = nx.attribute_assortativity_coefficient(g, a) if m > 0 else float("nan")
        mixing[a] = {"assortativity": num(r), "eiIndex": (external - internal) / m if m else None,
                     "internal": internal, "external": external}
    out["mixing"] = mixing
    ties = {}
    for u, v in g.edges:
        ru, rv = g.nodes[u]["region"], g.nodes[v]["region"]
        ties[(ru, rv)] = ties.get((ru, rv), 0) + 1
        if ru != rv:
            ties[(rv, ru)] = ties.get((rv, ru), 0) + 1
    out["regionTies"] = [[a, b, c] for (a, b), c in sorted(ties.items())]
    members = {}
    for v in g.nodes:
        members[g.nodes[v]["region"]] = members.get(g.nodes[v]["region"], 0) + 1
    out["regionMembers"] = members
    out["constraint"] = {v: num(c) for v, c in nx.constraint(g).items()}
    out["degree"] = dict(g.degree)
    out["twoHopReach"] = {v: len(nx.single_source_shortest_path_length(g, v, cutoff=2)) - 1 for v in g.nodes}
    json.dump(out, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "export":
        export(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "analyse":
        analyse(sys.argv[2])
    else:
        raise SystemExit(__doc__)
