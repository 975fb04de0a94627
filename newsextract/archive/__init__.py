"""Archives: streaming, resumable JSON Lines and Parquet batches, Dask."""
