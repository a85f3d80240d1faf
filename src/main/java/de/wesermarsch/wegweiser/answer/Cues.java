package de.wesermarsch.wegweiser.answer;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import de.wesermarsch.wegweiser.i18n.Messages;
import de.wesermarsch.wegweiser.search.analysis.Tokens;

/**
 * The words of every language that say what a question asks for ({@code answer.cue.<kind>}: "wo", "where",
 * "أين", "де") and the words that mark a sentence as giving it ({@code answer.mark.<kind>}: weekdays, "Uhr",
 * "kostenlos"). Both are comma-separated lists in the message bundles, read through the neutral folded chain,
 * so "Wo" and "wo", "أين" and "اين" are the same cue. A question may be in any language, so its cues are looked
 * up in all of them.
 */
final class Cues {

	/** The kinds in the order they win when a question has cues of several ("Wie viel kostet …, wo …?"). */
	private static final List<Kind> PRIORITY = List.of(Kind.COST, Kind.TIME, Kind.PLACE, Kind.NEEDS, Kind.CONTACT,
			Kind.KINDS);

	private static final int MAX_WORDS = 3;

	private final Analyzer folded;

	private final Map<Kind, Set<String>> cues = new EnumMap<>(Kind.class);

	private final Map<Kind, Set<String>> marks = new EnumMap<>(Kind.class);

	/** Words that only ask (question words): never evidence that a sentence answers. */
	private final Set<String> questionWords = new HashSet<>();

	Cues(Messages messages, Analyzer folded) {
		this.folded = folded;
		for (Kind kind : Kind.values()) {
			cues.put(kind, phrases(messages, "answer.cue." + kind.key()));
			marks.put(kind, phrases(messages, "answer.mark." + kind.key()));
		}
		cues.forEach((kind, phrases) -> phrases.stream().filter(p -> !p.contains(" "))
			.filter(p -> kind != Kind.NEEDS && kind != Kind.COST).forEach(questionWords::add));
	}

	private Set<String> phrases(Messages messages, String key) {
		Set<String> phrases = new HashSet<>();
		for (Map<String, String> bundle : messages.byLanguage().values()) {
			String words = bundle.get(key);
			if (words == null || words.isBlank()) {
				continue;
			}
			for (String word : words.split(",")) {
				List<String> tokens = Tokens.primary(folded, word);
				if (!tokens.isEmpty() && tokens.size() <= MAX_WORDS) {
					phrases.add(String.join(" ", tokens));
				}
			}
		}
		return phrases;
	}

	/** What a question asks for: the first kind by priority whose cue it has; yes/no only from its first word. */
	Kind kindOf(List<String> foldedWords) {
		Set<String> phrases = runs(foldedWords);
		for (Kind kind : PRIORITY) {
			if (phrases.stream().anyMatch(cues.get(kind)::contains)) {
				return kind;
			}
		}
		if (!foldedWords.isEmpty() && cues.get(Kind.YES_NO).contains(foldedWords.get(0))) {
			return Kind.YES_NO;
		}
		return Kind.OTHER;
	}

	/** Whether a sentence gives what this kind asks for: by its shape or by a marking word of any language. */
	boolean gives(Kind kind, String sentence, List<String> foldedWords) {
		if (kind.shaped(sentence)) {
			return true;
		}
		Set<String> words = marks.get(kind);
		return !words.isEmpty() && runs(foldedWords).stream().anyMatch(words::contains);
	}

	boolean isQuestionWord(String foldedWord) {
		return questionWords.contains(foldedWord);
	}

	private static Set<String> runs(List<String> words) {
		Set<String> runs = new HashSet<>();
		for (int n = 1; n <= MAX_WORDS; n++) {
			for (int i = 0; i + n <= words.size(); i++) {
				runs.add(String.join(" ", words.subList(i, i + n)));
			}
		}
		return runs;
	}


}
