package de.wesermarsch.wegweiser.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Replaces a Ukrainian word form by its lemma from the dictionary of the brown-uk project
 * ({@code ua.net.nlp:morfologik-ukrainian-search}), so that "мову", "мови" and "мова" meet. Unknown words stay
 * as they are. Lucene's own Morfologik module is not used because it is not available where this is built.
 */
public final class UkrainianLemmaFilter extends TokenFilter {

	private static final Dictionary DICTIONARY = load();

	private final DictionaryLookup lookup = new DictionaryLookup(DICTIONARY);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	public UkrainianLemmaFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		List<WordData> forms = lookup.lookup(term);
		if (!forms.isEmpty()) {
			String lemma = forms.get(0).getStem().toString().toLowerCase(Locale.ROOT);
			term.setEmpty().append(lemma);
		}
		return true;
	}

	private static Dictionary load() {
		try {
			return Dictionary.read(UkrainianLemmaFilter.class.getResource("/ua/net/nlp/ukrainian.dict"));
		}
		catch (IOException e) {
			throw new UncheckedIOException("the Ukrainian dictionary could not be read", e);
		}
	}

}
