/**
 * The trainers behind {@code pressfacts train}: they learn a model from the labelled corpus, score
 * it (and the whole pipeline with and without it) and write it with its sidecar into models/.
 *
 * <p>They sit above run/ and eval/, since scoring a model means running and evaluating the
 * pipeline; nothing but the command line calls them (ArchitectureTest checks it). What a model
 * needs at run time (its wrapper, the text it reads) lives beside the stage that uses it, and the
 * trainers call that same code, so a model is trained on exactly what it will be given.
 */
package pressfacts.train;
