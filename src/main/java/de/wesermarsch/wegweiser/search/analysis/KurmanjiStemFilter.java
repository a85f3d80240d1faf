package de.wesermarsch.wegweiser.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light suffix stripping for Kurmanji (Northern Kurdish), for which Lucene has no analyzer. It runs after folding
 * (ê→e, î→i, û→u, ç→c, ş→s) and removes the common inflection and izafe endings (-ên, -an, -ekê, -ek, -ê, -a,
 * -în, -î, -de, -ra), in their folded spelling, while keeping a stem long enough, so that "zimanê", "zimanan" and
 * "ziman" meet. It errs on the side of stripping too little.
 */
public final class KurmanjiStemFilter extends TokenFilter {

	/** Longest first: the first suffix that leaves a stem of at least {@link #MIN_STEM} letters is removed. */
	private static final String[] SUFFIXES = { "ekan", "eken", "eke", "yen", "yan", "ine", "ina", "ek", "en", "an",
			"in", "de", "da", "ra", "ye", "ya", "e", "a", "i" };

	/** A one-letter ending may leave three letters ("karê" → "kar"), a longer one four ("ziman" stays). */
	private static final int MIN_STEM = 3;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	public KurmanjiStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			term.setLength(stem(term.buffer(), term.length()));
		}
		return true;
	}

	static int stem(char[] buffer, int length) {
		String word = new String(buffer, 0, length);
		for (String suffix : SUFFIXES) {
			int minStem = suffix.length() == 1 ? MIN_STEM : MIN_STEM + 1;
			if (word.endsWith(suffix) && length - suffix.length() >= minStem) {
				return length - suffix.length();
			}
		}
		return length;
	}

}
