"""Fetching URLs over HTTP(S) with httpx, size-capped while streaming. httpx is
imported on the first URL only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfuse.model import InputRejected, Rejection

if TYPE_CHECKING:
    import httpx

USER_AGENT = "newsfuse/0.1 (+https://github.com/newsfuse)"


class HttpFetcher:
    """One httpx client per read run, opened on the first URL and closed by the run."""

    def __init__(self, max_bytes: int, timeout_s: float):
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self._client: httpx.Client | None = None

    def __call__(self, url: str) -> bytes:
        import httpx

        if self._client is None:
            self._client = httpx.Client(
                timeout=self.timeout_s, follow_redirects=True, headers={"User-Agent": USER_AGENT}
            )
        try:
            with self._client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise InputRejected(Rejection(url, "fetch-failed", f"HTTP {response.status_code}"))
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise InputRejected(Rejection(url, "too-large", f"> limit {self.max_bytes:,} bytes"))
                    chunks.append(chunk)
                return b"".join(chunks)
        except httpx.HTTPError as exc:
            raise InputRejected(Rejection(url, "fetch-failed", f"{type(exc).__name__}: {exc}")) from None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
