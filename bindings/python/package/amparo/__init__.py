"""Amparo's core from Python: the UniFFI-generated module (`amparo.amparo`),
with two conveniences the generator cannot give.

- Every call that takes the preferred locales also takes a single tag:
  ``Amparo("es-MX")`` is ``Amparo(["es-MX"])`` (a bare string would
  otherwise be read as a list of one-letter tags).
- Records print their fields: ``print(answer.region)`` shows
  ``RegionAnswer(state='CA', county='Los Angeles', ...)``.
"""

import dataclasses as _dataclasses
import inspect as _inspect

from . import amparo as _generated
from .amparo import *  # noqa: F401,F403  (the whole generated API)


def _tags(locales):
    return [locales] if isinstance(locales, str) else list(locales)


class Amparo(_generated.Amparo):
    __doc__ = _generated.Amparo.__doc__

    def __init__(self, locales):
        super().__init__(_tags(locales))

    @classmethod
    def with_data_folder(cls, folder, locales):
        return super().with_data_folder(folder, _tags(locales))

    @classmethod
    def from_pack_file(cls, pack, locales):
        return super().from_pack_file(pack, _tags(locales))

    def set_locales(self, locales):
        return super().set_locales(_tags(locales))


def _fields_repr(self):
    names = getattr(self, "_amparo_fields", None)
    if names is None:
        names = [n for n in _inspect.signature(type(self).__init__).parameters if n != "self"]
        type(self)._amparo_fields = names
    shown = ", ".join(f"{n}={getattr(self, n, None)!r}" for n in names)
    return f"{type(self).__name__}({shown})"


# Records are dataclasses whose fields are set in __init__, not declared, so
# the dataclass repr shows none of them: give them one that shows every
# field __init__ takes.
for _name, _value in list(vars(_generated).items()):
    if (
        _inspect.isclass(_value)
        and _dataclasses.is_dataclass(_value)
        and not _dataclasses.fields(_value)
        and not _name.startswith("_")
    ):
        try:
            _params = _inspect.signature(_value.__init__).parameters
        except (TypeError, ValueError):
            continue
        if len(_params) > 1:
            _value.__repr__ = _fields_repr
