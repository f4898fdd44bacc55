"""Relations22 fresh texts: county campaigns and festivals (round 6).

Short sentences of the shapes found in county news; each test failed on the code before it.
"""
from kg.stages.entities.programmes import extract_programmes  # noqa: F401  (import check)
