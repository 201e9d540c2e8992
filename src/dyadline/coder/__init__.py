"""The coder: the stages that turn a parsed Doc into coded events, one module each.

Reads a spaCy ``Doc`` (parsed by the pipeline of ``dyadline.nlp``) and the
codebooks under ``dyadline/codebooks``. What one document's paragraphs share
(its time, its recent acts, the names it has used) is one ``context.DocumentContext``,
made once per document and passed to the stages; no component keeps state from
one Doc to the next. The stages, in the order a sentence meets them:

- ``time`` first: the sentence is dated before its events are coded;
- ``actors`` (with ``actor_codebook``): names -> actor mentions and coded actors,
  a person by the tenure at the event's date;
- ``patterns``: the event-pattern dictionary and its matcher;
- ``arguments``: the general argument slots (source, target) of any pattern;
- ``coding``: triggers -> events; ``dyads``: one dyad per pair of actors;
- ``discourse``: acts that take an actor from earlier sentences;
- ``time`` (with ``dategrammar`` and ``episodes``): date expressions -> intervals,
  and the document's time context (run first, above);
- ``context``: the document context the stages share;
- ``modality``, ``quantities``, ``locations``: what each event adds;
- ``docdata``: the plain data the components put on a Doc (it serialises).
"""
