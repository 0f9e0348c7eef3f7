"""Composition root: the only place that builds concrete objects and wires them."""
