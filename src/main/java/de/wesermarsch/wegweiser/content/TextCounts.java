package de.wesermarsch.wegweiser.content;

/**
 * How the texts of one language were made: taken from the source, written or translated by a person, or with a
 * machine; and how many a person has reviewed. The content report shows one row a language, so editors see how far
 * the translations by people have come.
 */
public record TextCounts(int texts, int source, int human, int machine, int reviewed) {

	static final TextCounts NONE = new TextCounts(0, 0, 0, 0, 0);

	TextCounts with(Text text) {
		return new TextCounts(texts + 1, source + (text.provenance() == Provenance.SOURCE ? 1 : 0),
				human + (text.provenance() == Provenance.HUMAN ? 1 : 0),
				machine + (text.provenance() == Provenance.MACHINE_ASSISTED ? 1 : 0), reviewed + (text.reviewed() ? 1 : 0));
	}

}
