"""Moving grades in and out of files: the raw JSON view and spreadsheet exports (CSV)."""
