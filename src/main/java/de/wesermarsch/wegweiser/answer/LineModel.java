package de.wesermarsch.wegweiser.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import de.wesermarsch.wegweiser.answer.Passage.Role;
import de.wesermarsch.wegweiser.answer.Passage.Sentence;

/**
 * Which sentences of a read text answer, by a logistic model over what the reading says of each sentence: its
 * share of the question's weight and that of its neighbours and its section's heading, the share it adds to the best
 * sentence's and the words it shares with it, its shape, its role and distance from the best sentence, whether the
 * rules bring it along, and how well the best sentence holds the question at all. Whether the text answers stays
 * the rules' decision (the best sentence's least score): a sentence then answers when its probability reaches
 * {@code join} and it stands in a block (paragraph) the rules answer from; the most probable sentence always does.
 * The weights are fitted on the OMoS-QA train questions by logistic regression ({@code LineFit} among the tests);
 * nothing is generated, the model only chooses among the text's own sentences.
 *
 * @param weights one weight per feature of {@link #features}, the intercept first
 * @param join the least probability of a sentence to answer
 */
record LineModel(double[] weights, double join) {

	/** The number of features, the intercept included. */
	static final int FEATURES = 28;

	static final LineModel FITTED = new LineModel(new double[] { 1.8214, 0.2687, 0.7660, -0.3317, -0.5220, 0.1446,
			0.0270, -0.0244, -0.0402, -0.2082, 0.1786, -0.0668, 0.3216, -0.0932, -0.4471, -0.0364, -0.6840, 0.0436, 0.5012,
			0.0347, -0.6789, -0.0235, -0.0776, 0.4128, -0.2066, 0.0666, 1.7149, 0.3401 }, 0.175);

	LineModel {
		if (weights.length != FEATURES) {
			throw new IllegalArgumentException("a line model has " + FEATURES + " weights, not " + weights.length);
		}
		weights = weights.clone();
	}

	/** The answer of a read text: none when its best sentence falls below the rules' least score. */
	Extractor.Choice choose(Extractor.Read read) {
		List<Sentence> sentences = read.sentences();
		if (!read.answers()) {
			return new Extractor.Choice(List.of(), read.best() < 1 ? 0 : read.score(read.best()));
		}
		double[] p = new double[sentences.size()];
		int top = 1;
		for (int i = 1; i < sentences.size(); i++) {
			p[i] = probability(features(read, i));
			if (p[i] > p[top]) {
				top = i;
			}
		}
		// an answer stays within the blocks (paragraphs) that the rules answer from
		Set<Integer> blocks = new HashSet<>();
		blocks.add(sentences.get(top).block());
		read.ruled().forEach(i -> blocks.add(sentences.get(i).block()));
		List<Sentence> answer = new ArrayList<>();
		for (int i = 1; i < sentences.size(); i++) {
			if (i == top || p[i] >= join && blocks.contains(sentences.get(i).block())) {
				answer.add(sentences.get(i));
			}
		}
		return new Extractor.Choice(answer, p[top]);
	}

	double probability(double[] features) {
		double z = 0;
		for (int f = 0; f < FEATURES; f++) {
			z += weights[f] * features[f];
		}
		return 1 / (1 + Math.exp(-z));
	}

	/** What the reading says of sentence {@code i} (not the title), as the model's inputs. */
	static double[] features(Extractor.Read read, int i) {
		List<Sentence> sentences = read.sentences();
		Sentence s = sentences.get(i);
		int best = read.best();
		double top = read.score(best);
		Sentence anchor = sentences.get(best);
		int heading = i;
		while (heading > 1 && sentences.get(heading).role() != Role.HEADING && sentences.get(heading).role() != Role.LEAD_IN) {
			heading--;
		}
		int lines = Math.abs(s.line() - anchor.line());
		boolean section = inSection(sentences, best, i);
		double around = 0;
		int near = sentences.size();
		for (int k = 1; k < sentences.size(); k++) {
			if (k != i && Math.abs(k - i) <= 2) {
				around = Math.max(around, relative(read, k, top));
			}
			if (relative(read, k, top) >= 0.6) {
				near = Math.min(near, Math.abs(k - i));
			}
		}
		return new double[] { 1, read.shares()[i], read.shaped()[i] && read.kind() != Kind.OTHER ? 1 : 0,
				relative(read, i, top), i == best ? 1 : 0, read.ruled().contains(i) ? 1 : 0, top,
				s.role() == Role.HEADING ? 1 : 0, s.role() == Role.LEAD_IN ? 1 : 0, s.role() == Role.ITEM ? 1 : 0,
				i > 1 ? relative(read, i - 1, top) : 0, i + 1 < sentences.size() ? relative(read, i + 1, top) : 0,
				heading != i ? relative(read, heading, top) : 0, s.line() == anchor.line() ? 1 : 0, Math.log1p(lines),
				s.line() > anchor.line() ? 1 : 0, read.kind().focused() && i != best ? 1 : 0,
				Math.log1p(s.text().split("\\s+").length), read.foreign() ? top : 0,
				section && i > best ? 1 : 0, Math.log1p(sentences.size()), around, Math.log1p(near),
				Math.sqrt(read.shares()[i]), i == best + 1 ? 1 : 0, section && i > best && s.role() == Role.ITEM ? 1 : 0,
				read.fresh()[i], read.cohesion()[i] };
	}

	/** Whether no heading stands between sentence {@code best} and sentence {@code i}. */
	private static boolean inSection(List<Sentence> sentences, int best, int i) {
		for (int k = Math.min(i, best) + 1; k <= Math.max(i, best); k++) {
			if (sentences.get(k).role() == Role.HEADING) {
				return false;
			}
		}
		return true;
	}

	private static double relative(Extractor.Read read, int i, double top) {
		return top > 0 ? read.score(i) / top : 0;
	}

}
