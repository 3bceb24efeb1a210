"""Pipeline components: one module per step, each registered by name (see ../pipeline.yaml)."""
