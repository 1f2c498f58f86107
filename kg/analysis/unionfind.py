"""Disjoint sets (union-find with path halving): the one home for grouping by links, used by
agent parties, claim groups, stories and independent sources."""
from __future__ import annotations


class DisjointSets:
    """Sets of hashable keys, merged by :meth:`union`; a key is its own set until linked."""

    def __init__(self, keys=()):
        self.parent = {key: key for key in keys}

    def find(self, x):
        """The representative of the set holding `x` (added as a set of its own when new)."""
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b) -> None:
        """Merge the sets of `a` and `b` (b's representative stands for both)."""
        self.parent[self.find(a)] = self.find(b)
