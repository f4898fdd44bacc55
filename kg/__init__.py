"""govkg: a knowledge-graph builder for Chinese government news.

    kg build                 # the sample corpus → output/
    kg build corpus/ --out out/
"""
__version__ = "0.1.0"
