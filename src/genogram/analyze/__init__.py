"""Family-systems analysis over a family model: the kinship calculator (``kinship``)."""
