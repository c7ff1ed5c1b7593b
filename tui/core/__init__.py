"""The comparison core: loading, segmentation, alignment, word diffs, figures and facts.

Nothing here imports Textual or Rich; the app and the reports only render what this computes.
"""
