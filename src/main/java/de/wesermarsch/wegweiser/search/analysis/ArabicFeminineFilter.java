package de.wesermarsch.wegweiser.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps the feminine ending ة (teh marbuta) of Arabic words, which Lucene's light stemmer removes: without it
 * حملة (campaign) becomes حمل (pregnancy), مدرسة (school) becomes مدرس (teacher), and a search for a pregnant
 * woman finds a volunteering campaign. A word that ends in ة loses only its article or conjunction prefix
 * (ال، وال، بال، كال، فال، لل، و — the light stemmer's prefixes, with its length rules) and is marked as a
 * keyword, so the stemmer that follows leaves it alone; the normaliser still writes its ة as ه, as for every
 * word. Runs before {@code ArabicNormalizationFilter}, while ة is still visible. Written here because the
 * stemmer's prefix step is not public in Lucene.
 */
public final class ArabicFeminineFilter extends TokenFilter {

	private static final char TEH_MARBUTA = '\u0629';

	private static final String[] PREFIXES = { "\u0627\u0644", "\u0648\u0627\u0644", "\u0628\u0627\u0644",
			"\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644" };

	private static final char WAW = '\u0648';

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	public ArabicFeminineFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		int length = term.length();
		if (keyword.isKeyword() || length < 2 || term.buffer()[length - 1] != TEH_MARBUTA) {
			return true;
		}
		String word = term.toString();
		String stripped = withoutPrefix(word);
		if (!stripped.equals(word)) {
			term.setEmpty().append(stripped);
		}
		keyword.setKeyword(true);
		return true;
	}

	/** The light stemmer's prefix rule: a prefix goes when at least two letters remain; و only from four letters. */
	static String withoutPrefix(String word) {
		for (String prefix : PREFIXES) {
			if (word.startsWith(prefix) && word.length() >= prefix.length() + 2) {
				return word.substring(prefix.length());
			}
		}
		if (word.length() > 3 && word.charAt(0) == WAW) {
			return word.substring(1);
		}
		return word;
	}

}
