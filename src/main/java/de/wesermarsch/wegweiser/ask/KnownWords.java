package de.wesermarsch.wegweiser.ask;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Term;
import de.wesermarsch.wegweiser.content.Text;

/**
 * The words the published content knows, in every language: the titles, summaries and texts of its entries,
 * the names of topics, places and audiences, and the thesaurus's everyday words. What someone typed is kept for
 * the editors only as far as it consists of these words, so a name, a street or a phone number that is not
 * already public in the content is never stored: by construction, not by guessing what a name looks like.
 * (Contact details are not among the words: they are not texts.)
 */
final class KnownWords {

	/** What stands for words the content does not know. */
	static final String UNKNOWN = "…";

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\u200C]+");

	private final String version;

	private final Set<String> words = new HashSet<>();

	KnownWords(Content content) {
		this.version = content.version();
		for (var entry : content.entries().values()) {
			for (Text text : entry.texts().values()) {
				add(text.title());
				add(text.summary());
				add(text.body());
			}
		}
		for (var terms : List.of(content.topics(), content.places(), content.audiences())) {
			for (Term term : terms.values()) {
				term.names().values().forEach(this::add);
			}
		}
		content.thesaurus().concepts().forEach(c -> c.terms().values().forEach(ts -> ts.forEach(this::add)));
	}

	String version() {
		return version;
	}

	/** The known words of a text, lower-cased, in their order, with {@code …} for each run of other words. */
	String keep(String text) {
		List<String> kept = new ArrayList<>();
		Matcher matcher = WORD.matcher(normal(text));
		while (matcher.find()) {
			String word = words.contains(matcher.group()) ? matcher.group() : UNKNOWN;
			if (!(word.equals(UNKNOWN) && !kept.isEmpty() && kept.getLast().equals(UNKNOWN))) {
				kept.add(word);
			}
		}
		return String.join(" ", kept);
	}

	private void add(String text) {
		if (text != null) {
			Matcher matcher = WORD.matcher(normal(text));
			while (matcher.find()) {
				words.add(matcher.group());
			}
		}
	}

	private static String normal(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

}
