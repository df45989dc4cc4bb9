"""The historical gazetteer: curated data files over GeoNames' modern cities, plus user additions."""
from .entry import Entry, Name, Parent
from .gazetteer import Gazetteer, build, default_gazetteer, distance_km, reload
from .names import name_key

__all__ = ["Entry", "Name", "Parent", "Gazetteer", "build", "default_gazetteer", "reload", "distance_km",
           "name_key"]
