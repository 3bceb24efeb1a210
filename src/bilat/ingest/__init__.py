"""Ingestion: files, folders, feeds and standard input → `SourceDocument`s → the store.

- `bilat.ingest.readers.read_path` reads one file (a feed gives one document per item);
- `bilat.ingest.pipeline.Ingestor` extracts each document's record and stores it, one
  transaction per document, as new / new version / re-extracted / unchanged;
- `bilat.ingest.commands` is the `bilat ingest` command. See docs/ingest.md.
"""
