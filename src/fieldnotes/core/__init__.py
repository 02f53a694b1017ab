"""The Qt-free core: data model, store, validation, seed and demo data."""
