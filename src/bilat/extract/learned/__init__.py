"""A small learned component beside the rules: a linear model that tells programme names among the
name-like spans of a document (see docs/extraction.md, "Learned programme names").

Modules, one job each:
  candidates  name-like token runs of a Doc and their sub-spans (training and run time alike)
  features    the cheap, sparse features of one candidate
  model       the linear model: loading the shipped weights and scoring in pure Python
  train       labelling candidates from gold records and fitting the weights (scikit-learn; dev only)
"""
