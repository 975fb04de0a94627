"""Benchmarks of newsextract: speed against `jieba.lcut`, accuracy against the peers.

Run `python -m benchmarks` (full run, writes `docs/benchmarks.md`) or
`python -m benchmarks --quick` (smoke run). Peers come from the `bench` extra.
"""
