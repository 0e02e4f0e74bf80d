"""Reads the network `q bench metrics` writes: nodes.tsv (one member per line, in Q's node order) and edges.tsv."""


def read_nodes(path):
    """Each member's attributes as a dict, indexed like Q's Network (member ids in ordinal order)."""
    nodes = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            nodes.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    return nodes


def read_edges(path):
    """Undirected ties as (a, b) node indexes, a < b."""
    with open(path, encoding="ascii") as f:
        return [(int(a), int(b)) for a, b in (line.split() for line in f)]
