"""The province receiver: enrols laptops, ingests batches, issues receipts. No Qt."""
