/**
 * Reading a CoNLL-2003-style NER file (one "TOKEN ... TAG" per line, a blank line between
 * sentences, "-DOCSTART-" between documents) into documents whose text pressfacts can run on,
 * and scoring predicted mentions against its chunks the way the shared task's conlleval did:
 * exact token spans per type. Nothing here runs a pipeline; {@code pressfacts eval-conll} does.
 */
package pressfacts.eval.conll;
