package de.wesermarsch.wegweiser.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import de.wesermarsch.wegweiser.answer.Passage.Role;
import de.wesermarsch.wegweiser.answer.Passage.Sentence;

/**
 * Chooses the sentences of one text that answer a question, or none. Nothing is generated: the answer is the
 * text's own sentences. Each sentence is scored by the share of the question's weight it holds (rare words count
 * more; words of the title, which every sentence of the page is about, count less) and by whether it has the
 * shape of what the question asks for (a time for "wann", an address for "wo"). The best sentence is the
 * answer's anchor; below a threshold the text does not answer. From the anchor the answer grows along the page's
 * structure: a heading or a line that leads into a list brings what it introduces, a sentence cut at a line
 * break brings its rest, an address brings the contact lines beside it, and sentences nearly as good as the
 * anchor join it. Where the settings carry a fitted {@link LineModel}, it chooses among the sentences from what this
 * reading says of each ({@link Read}); whether the text answers stays the rules' decision.
 */
final class Extractor {

	/**
	 * The tunable numbers, fitted on the OMoS-QA train questions (see docs/answers.md).
	 *
	 * @param titleWeight how much a question word that is also in the title counts
	 * @param kindBonus what having the shape of the answer adds to a sentence's score (scores are shares, 0..1)
	 * @param threshold the anchor's least score for the text to answer at all
	 * @param alsoRatio the share of the anchor's score another sentence needs to join the answer
	 * @param section the most lines a heading or lead-in brings along
	 * @param translatedThreshold the anchor's least score when the question is in another language than the text
	 *        and meets it through translations, which hold a smaller share of it: fitted on train by the sum of
	 *        answer F1 and "no answer" F1 of Arabic questions on German pages (threshold × 1, 0.8, 0.6, 0.4, 0.25,
	 *        0.1: F1 25, 32, 36, 43, 47, 48 with "no answer" F1 32 to 34; 47.4 with the check that the question is
	 *        not in the page's language)
	 * @param model the fitted model that chooses the answering sentences, null for the rules alone
	 */
	record Settings(double titleWeight, double kindBonus, double threshold, double alsoRatio, int section,
			int forward, boolean heading, double translatedThreshold, LineModel model) {

		/** The rules alone. */
		static final Settings RULES = new Settings(0.5, 0.1, 0.25, 0.4, 12, 12, false, 0.025, null);

		static final Settings FITTED = RULES.with(LineModel.FITTED);

		Settings with(LineModel model) {
			return new Settings(titleWeight, kindBonus, threshold, alsoRatio, section, forward, heading,
					translatedThreshold, model);
		}

	}

	/** The chosen sentences in text order, and the anchor's score. */
	record Choice(List<Sentence> sentences, double confidence) {

		boolean answers() {
			return !sentences.isEmpty();
		}

	}

	private final Words words;

	private final Cues cues;

	private final Settings settings;

	Extractor(Words words, Cues cues, Settings settings) {
		this.words = words;
		this.cues = cues;
		this.settings = settings;
	}

	Choice choose(String question, Passage passage, String lang) {
		Read read = read(question, passage, lang);
		if (settings.model() != null) {
			return settings.model().choose(read);
		}
		if (!read.answers()) {
			return new Choice(List.of(), read.best() < 1 ? 0 : read.score(read.best()));
		}
		List<Sentence> answer = new ArrayList<>();
		read.ruled().forEach(i -> answer.add(read.sentences().get(i)));
		return new Choice(answer, read.score(read.best()));
	}

	/**
	 * A text read for a question: each sentence's share of the question's weight, whether it has the shape of what
	 * is asked, the best sentence, and the sentences the structure brings along from the anchors.
	 *
	 * @param shares the share of the question's weight each sentence holds (0..1; the title's is 0)
	 * @param shaped whether each sentence has the shape of what the question asks for
	 * @param best the best sentence by share and shape, -1 when the text has no sentence after its title
	 * @param ruled the sentences the anchors bring along by the page's structure, whatever the best score
	 * @param least the anchor's least score by the rules
	 * @param foreign whether the question meets the text through translations
	 * @param fresh the share of the question's weight each sentence holds that the best sentence does not
	 * @param cohesion the share of each sentence's words that the best sentence has too (Jaccard)
	 */
	record Read(List<Sentence> sentences, double[] shares, boolean[] shaped, Kind kind, int best, Set<Integer> ruled,
			double kindBonus, double least, boolean foreign, double[] fresh, double[] cohesion) {

		double score(int i) {
			return shares[i] + (shaped[i] ? kindBonus : 0);
		}

		/** Whether the text answers by the rules: its best sentence holds the least score. */
		boolean answers() {
			return best > 0 && score(best) >= least;
		}

	}

	Read read(String question, Passage passage, String lang) {
		List<String> questionWords = words.folded(question);
		Kind kind = cues.kindOf(questionWords);
		List<Sentence> sentences = passage.sentences();
		List<Set<String>> has = sentences.stream().map(s -> words.terms(lang, s.text())).toList();
		Set<String> page = new java.util.HashSet<>();
		has.forEach(page::addAll);
		// a word is known when the content's texts in the page's language or this page have it (a page read may be
		// outside the content)
		java.util.function.Predicate<String> known = t -> words.knownIn(lang, t) || page.contains(t);
		Set<String> asked = content(words.question(lang, question, known));
		List<Set<String>> translated = words.translated(question, lang);
		long ownKnown = asked.stream()
			.filter(t -> !t.startsWith(Words.FOLDED) && !t.startsWith(Words.CONCEPT) && words.known(t)).count();
		if (translated.size() <= ownKnown) {
			translated = List.of(); // the question is in the page's language; a word a dictionary knows is no reason to read it otherwise
		}
		if (!translated.isEmpty() || asked.stream().anyMatch(t -> t.startsWith(Words.CONCEPT))) {
			// a question in another language, or one bridged by the concepts it names: its words that no text has
			// would only dilute the rest
			asked.removeIf(known.negate());
			translated.forEach(alternatives -> asked.removeAll(alternatives));
		}
		Set<String> title = words.terms(lang, passage.sentences().get(0).text());
		// a translated word counts once, by its weightiest translation: its translations are alternatives
		double total = asked.stream().mapToDouble(t -> weight(t, title)).sum()
				+ translated.stream().mapToDouble(a -> a.stream().mapToDouble(t -> weight(t, title)).max().orElse(0)).sum();
		double[] shares = new double[sentences.size()];
		boolean[] shaped = new boolean[sentences.size()];
		double[] scores = new double[sentences.size()];
		int best = -1;
		for (int i = 1; i < sentences.size(); i++) {
			Set<String> holds = has.get(i);
			double held = asked.stream().filter(holds::contains).mapToDouble(t -> weight(t, title)).sum()
					+ translated.stream().mapToDouble(a -> a.stream().filter(holds::contains).mapToDouble(t -> weight(t, title))
						.max().orElse(0)).sum();
			shares[i] = total > 0 ? held / total : 0;
			shaped[i] = cues.gives(kind, sentences.get(i).text(), words.folded(sentences.get(i).text()));
			scores[i] = shares[i] + (shaped[i] ? settings.kindBonus() : 0);
			if (best < 0 || scores[i] > scores[best]) {
				best = i;
			}
		}
		TreeSet<Integer> chosen = new TreeSet<>();
		if (best > 0) {
			chosen.add(best);
			for (int i = 1; i < sentences.size(); i++) {
				if (scores[i] >= settings.alsoRatio() * scores[best]) {
					chosen.add(i);
				}
			}
			for (int anchor : List.copyOf(chosen)) {
				grow(sentences, anchor, kind, chosen);
			}
		}
		double[] fresh = new double[sentences.size()];
		double[] cohesion = new double[sentences.size()];
		if (best > 0 && total > 0) {
			Set<String> anchor = has.get(best);
			for (int i = 1; i < sentences.size(); i++) {
				Set<String> holds = has.get(i);
				fresh[i] = asked.stream().filter(t -> holds.contains(t) && !anchor.contains(t))
					.mapToDouble(t -> weight(t, title)).sum() / total;
				long shared = holds.stream().filter(anchor::contains).count();
				cohesion[i] = (double) shared / Math.max(1, holds.size() + anchor.size() - shared);
			}
		}
		return new Read(sentences, shares, shaped, kind, best, chosen, settings.kindBonus(),
				translated.isEmpty() ? settings.threshold() : settings.translatedThreshold(), !translated.isEmpty(), fresh,
				cohesion);
	}

	/** Adds what the anchor brings along by the page's structure. */
	private void grow(List<Sentence> sentences, int anchor, Kind kind, Set<Integer> chosen) {
		Sentence a = sentences.get(anchor);
		int last = anchor;
		if (a.role() == Role.HEADING || a.role() == Role.LEAD_IN) {
			for (int i = anchor + 1; i < sentences.size() && i <= anchor + settings.section(); i++) {
				if (sentences.get(i).role() == Role.HEADING && sentences.get(i).line() != a.line()) {
					break;
				}
				chosen.add(i);
				last = i;
			}
		}
		int forward = kind.focused() ? 0 : settings.forward();
		for (int i = last + 1; i < sentences.size() && i <= anchor + forward
				&& sentences.get(i).role() != Role.HEADING && sentences.get(i).block() == a.block(); i++) {
			chosen.add(i);
			last = i;
		}
		for (int i = last + 1; i < sentences.size() && continues(sentences.get(i - 1), sentences.get(i), kind); i++) {
			chosen.add(i);
		}
		if (settings.heading()) {
			for (int i = anchor - 1; i > 0; i--) {
				if (sentences.get(i).role() == Role.HEADING || sentences.get(i).role() == Role.LEAD_IN) {
					chosen.add(i);
					break;
				}
			}
		}
	}

	/** Whether the next sentence belongs to the answer that ends with this one. */
	private boolean continues(Sentence previous, Sentence next, Kind kind) {
		if (next.line() == previous.line() || next.block() != previous.block()) {
			return false;
		}
		boolean cut = !next.text().isEmpty() && Character.isLowerCase(next.text().codePointAt(0));
		boolean contact = (kind == Kind.PLACE || kind == Kind.CONTACT || kind == Kind.TIME)
				&& (Kind.CONTACT.shaped(next.text()) || kind.shaped(next.text()));
		return cut || contact;
	}

	private Set<String> content(Set<String> terms) {
		Set<String> kept = new java.util.LinkedHashSet<>();
		for (String term : terms) {
			String word = term.startsWith(Words.FOLDED) ? term.substring(1) : term;
			if (!cues.isQuestionWord(word)) {
				kept.add(term);
			}
		}
		return kept;
	}

	private double weight(String term, Set<String> title) {
		return words.weight(term) * (title.contains(term) ? settings.titleWeight() : 1);
	}

}
