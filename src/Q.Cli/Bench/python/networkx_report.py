"""The figures of Q's connectivity report computed with NetworkX, each timed inside Python without the load.

usage: networkx_report.py NODES EDGES OUT.json --paths exact|K --betweenness exact|K --max-sources M --seed S
K sampled sources as Q samples them. NetworkX is pure Python: at 50k members one sampled source costs about a second,
so at most M sources are run and the time is scaled to K (linear in sources); the output says when it did that.
Writes {"version", "load_seconds", "figures": [{"name", "seconds", "measured_seconds", "note"}]} or {"error"}.
"""
import argparse
import json
import random
import sys
import time

from network_files import read_edges, read_nodes

ATTRIBUTES = ["region", "role", "organisation", "organisationType"]


def timed(figures, name, work, scale=1.0, note=""):
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    figures.append({"name": name, "seconds": seconds * scale, "measured_seconds": seconds, "note": note})
    return result


def sources_plan(mode, population, cap):
    """(how many sources to run, factor to scale the time by, note) for 'exact' or a sample size."""
    if mode == "exact":
        return None, 1.0, "exact"
    k = min(int(mode), population)
    run = min(k, cap)
    return run, k / run, f"{k} sampled sources" + (f" (ran {run}, time scaled x{k / run:.0f})" if run < k else "")


def mixing(graph, attribute):
    """Newman's attribute assortativity and the E-I index, as Q reports them."""
    import networkx as nx
    internal = sum(1 for a, b in graph.edges() if graph.nodes[a][attribute] == graph.nodes[b][attribute])
    external = graph.number_of_edges() - internal
    return nx.attribute_assortativity_coefficient(graph, attribute), (external - internal) / max(1, internal + external)


def average_path_length(graph, component, run, seed):
    import networkx as nx
    sub = graph.subgraph(component)
    if run is None:
        return nx.average_shortest_path_length(sub)
    sources = random.Random(seed).sample(sorted(component), run)
    total = count = 0
    for s in sources:
        lengths = nx.single_source_shortest_path_length(sub, s)
        total += sum(lengths.values())
        count += len(lengths) - 1
    return total / count


def main(args):
    try:
        import networkx as nx
    except ImportError as e:
        return {"error": f"networkx is not installed for {sys.executable} ({e})"}
    nodes = read_nodes(args.nodes)
    start = time.perf_counter()
    graph = nx.Graph()
    graph.add_nodes_from((i, attrs) for i, attrs in enumerate(nodes))
    graph.add_edges_from(read_edges(args.edges))
    load = time.perf_counter() - start
    n = graph.number_of_nodes()

    figures = []
    timed(figures, "density, average degree, degree distribution",
          lambda: (nx.density(graph), 2 * graph.number_of_edges() / n, nx.degree_histogram(graph)))
    components = timed(figures, "connected components, largest share, isolates",
                       lambda: (sorted(nx.connected_components(graph), key=len, reverse=True), list(nx.isolates(graph))))[0]
    timed(figures, "transitivity", lambda: nx.transitivity(graph))
    timed(figures, "average clustering", lambda: nx.average_clustering(graph))
    timed(figures, "degree assortativity", lambda: nx.degree_assortativity_coefficient(graph))
    timed(figures, "attribute assortativity and E-I index (4 attributes)",
          lambda: [mixing(graph, a) for a in ATTRIBUTES])
    timed(figures, "region tie matrix",
          lambda: nx.attribute_mixing_dict(graph, "region"))
    run, scale, note = sources_plan(args.paths, len(components[0]), args.max_sources)
    timed(figures, "average shortest path length (largest component)",
          lambda: average_path_length(graph, components[0], run, args.seed), scale, note)
    run, scale, note = sources_plan(args.betweenness, n, args.max_sources)
    betweenness = timed(figures, "betweenness (normalised)",
                        lambda: nx.betweenness_centrality(graph, k=run, seed=args.seed), scale, note)
    communities = timed(figures, "Louvain communities", lambda: nx.community.louvain_communities(graph, seed=args.seed))
    timed(figures, "modularity", lambda: nx.community.modularity(graph, communities))
    top = sorted(betweenness, key=lambda v: -betweenness[v])[:args.top_brokers]
    timed(figures, f"Burt's constraint of the top {args.top_brokers} brokers", lambda: nx.constraint(graph, top))
    return {"version": nx.__version__, "nodes": n, "edges": graph.number_of_edges(), "load_seconds": load, "figures": figures}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("nodes")
    parser.add_argument("edges")
    parser.add_argument("out")
    parser.add_argument("--paths", default="exact")
    parser.add_argument("--betweenness", default="exact")
    parser.add_argument("--max-sources", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top-brokers", type=int, default=20)
    arguments = parser.parse_args()
    result = main(arguments)
    with open(arguments.out, "w", encoding="utf-8") as f:
        json.dump(result, f)
