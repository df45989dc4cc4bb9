"""The exporter object the registry holds: a name, a media type, a file suffix and a renderer."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TextIO

Bundle = dict[str, Any]


@dataclass(frozen=True)
class Exporter:
    name: str
    media_type: str
    suffix: str
    renderer: Callable[[list[Bundle]], str]
    description: str = ""
    # An optional JSON-able sidecar (the CLI writes it as FILE.meta.json next to -o FILE).
    metadata_renderer: Callable[[list[Bundle]], dict[str, Any]] | None = None

    def render(self, bundles: Iterable[Bundle]) -> str:
        """The whole export as one string (the bundles may be any iterable; it is read once)."""
        return self.renderer(list(bundles))

    def write(self, bundles: Iterable[Bundle], out: TextIO) -> None:
        """Write the export to a text stream (open files with newline='' for the CSV formats)."""
        out.write(self.render(bundles))

    @property
    def has_metadata(self) -> bool:
        return self.metadata_renderer is not None

    def metadata(self, bundles: Iterable[Bundle]) -> dict[str, Any] | None:
        """The sidecar for this export, or None when the format needs none."""
        return self.metadata_renderer(list(bundles)) if self.metadata_renderer else None
