"""Ids in URL paths. An id is kept exactly as its input gave it, line breaks included,
and Starlette's ``path`` convertor (``.*``) neither matches a line break nor reaches past
one at the end ("x\\n" was served as "x"): routes that take an id use ``anypath``."""

from __future__ import annotations

from starlette.convertors import Convertor, register_url_convertor


class AnyPathConvertor(Convertor[str]):
    regex = r"[\s\S]*"

    def convert(self, value: str) -> str:
        return str(value)

    def to_string(self, value: str) -> str:
        return str(value)


register_url_convertor("anypath", AnyPathConvertor())
