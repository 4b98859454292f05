"""Validation of edition files against the ODD-compiled RELAX NG and Schematron."""
