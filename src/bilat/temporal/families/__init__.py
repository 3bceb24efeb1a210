"""Rule families of the temporal grammar; importing this package registers them all."""

from bilat.temporal.families import absolute, clock, periods, relative, spans

__all__ = ["absolute", "clock", "periods", "relative", "spans"]
