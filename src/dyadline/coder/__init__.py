"""The coder: the stages that turn a parsed Doc into coded events, one module each.

Reads a spaCy ``Doc`` (parsed by the pipeline of ``dyadline.nlp``) and the
codebooks under ``dyadline/codebooks``. The stages, in the order a sentence
meets them:

- ``actors`` (with ``actor_codebook``): names -> actor mentions and coded actors,
  a person by the tenure at the event's date;
- ``patterns``: the event-pattern dictionary and its matcher;
- ``arguments``: the general argument slots (source, target) of any pattern;
- ``coding``: triggers -> events; ``dyads``: one dyad per pair of actors;
- ``discourse``: acts that take an actor from earlier sentences;
- ``time`` (with ``dategrammar`` and ``episodes``): date expressions -> intervals,
  and the document's time context;
- ``modality``, ``quantities``, ``locations``: what each event adds;
- ``docdata``: the plain data the components put on a Doc (it serialises).
"""
