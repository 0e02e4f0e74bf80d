"""Exact betweenness of every node with python-igraph's C core (single-threaded), timed inside Python without the load.

usage: igraph_betweenness.py NODES EDGES OUT.json
Writes {"version", "load_seconds", "betweenness_seconds", "betweenness": [normalised, by node]} or {"error"}.
"""
import json
import sys
import time

from network_files import read_edges, read_nodes


def main(nodes_path, edges_path, out_path):
    try:
        import igraph
    except ImportError as e:
        return {"error": f"python-igraph is not installed for {sys.executable} ({e})"}
    n = len(read_nodes(nodes_path))
    edges = read_edges(edges_path)
    start = time.perf_counter()
    graph = igraph.Graph(n=n, edges=edges, directed=False)
    load = time.perf_counter() - start
    start = time.perf_counter()
    raw = graph.betweenness(directed=False)
    seconds = time.perf_counter() - start
    # igraph counts each unordered pair once; NetworkX's (and Q's) normalised value divides by (n-1)(n-2)/2.
    scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return {"version": igraph.__version__, "nodes": n, "edges": graph.ecount(), "load_seconds": load,
            "betweenness_seconds": seconds, "betweenness": [b * scale for b in raw]}


if __name__ == "__main__":
    result = main(*sys.argv[1:4])
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        json.dump(result, f)
