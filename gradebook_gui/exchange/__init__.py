"""Moving grades in and out of files.

- `export`: the raw JSON view and the CSV export (its layout is a contract), written atomically.
- `xlsx`: the XLSX export, and reading a workbook's cells without trusting formulas.
- `importer`: reading CSV and XLSX files and planning, row by row, what an import would change.
"""
