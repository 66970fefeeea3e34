"""The forum's demo content, loaded by community's seed_demo through settings.SIMPUL_DEMO_LOADERS."""

from .loader import load

__all__ = ["load"]
