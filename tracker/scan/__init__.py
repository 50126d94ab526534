"""Archive scanning: a news archive, partition by partition on Dask, into proposed claims.

Relevant articles are kept by a subject-word prefilter and their claims proposed; partitions
run on local processes, a LocalCluster or an existing cluster.

Modules: :mod:`~tracker.scan.archive` (partitions of Parquet/JSONL files),
:mod:`~tracker.scan.prefilter` (subject words per language),
:mod:`~tracker.scan.work` (one partition -> proposals, counts, errors),
:mod:`~tracker.scan.engines` (where partitions run), :mod:`~tracker.scan.run`
(:func:`~tracker.scan.run.scan_archive`: the whole job and its output files) and
:mod:`~tracker.scan.results` (reading a scan's output back).
"""
