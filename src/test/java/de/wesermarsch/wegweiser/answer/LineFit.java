package de.wesermarsch.wegweiser.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.wesermarsch.wegweiser.omosqa.OmosQa;
import de.wesermarsch.wegweiser.omosqa.Question;

/**
 * Development aid: fits {@link LineModel}'s weights on the OMoS-QA train questions by L2-regularised logistic
 * regression (each sentence of the six train rows labelled by whether its line is an answer line; features
 * standardised for the fit, the weights given back on the raw features), then chooses its {@code join} on train by
 * the sum of the answer F1 of German and English questions, and prints the model as Java and the train figures of
 * every row against the rules alone.
 * The dev questions are not read. Run: {@code java -cp <test classpath> ...LineFit}.
 */
final class LineFit {

	private static final String[][] ROWS = { { "de", "de" }, { "en", "en" }, { "ar", "de" }, { "uk", "de" },
			{ "ar", "ar" }, { "uk", "uk" } };

	/** One question read by the rules: its reading and its answer lines. */
	record Sample(Extractor.Read read, Set<Integer> answers) {
	}

	public static void main(String[] args) {
		PageGiven bench = new PageGiven();
		Extractor extractor = new Extractor(bench.words, bench.cues, Extractor.Settings.RULES);
		List<List<Sample>> rows = new ArrayList<>();
		for (String[] row : ROWS) {
			rows.add(OmosQa.questions("train", row[0], row[1]).stream().map(q -> sample(extractor, q)).toList());
		}
		List<double[]> x = new ArrayList<>();
		List<Integer> y = new ArrayList<>();
		for (List<Sample> row : rows) {
			for (Sample s : row) {
				for (int i = 1; i < s.read().sentences().size(); i++) {
					x.add(LineModel.features(s.read(), i));
					y.add(s.answers().contains(s.read().sentences().get(i).line()) ? 1 : 0);
				}
			}
		}
		double[] w = fit(x, y, 1e-3, 3000);
		LineModel best = null;
		double bestSum = -1;
		for (double join = 0.05; join <= 0.61; join += 0.025) {
			LineModel model = new LineModel(w, join);
			double sum = score(rows.get(0), model).f1() + score(rows.get(1), model).f1();
			if (sum > bestSum) {
				bestSum = sum;
				best = model;
			}
		}
		System.out.printf("static final LineModel FITTED = new LineModel(new double[] { %s }, %.3f);%n", Arrays.stream(w)
			.mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).collect(Collectors.joining(", ")), best.join());
		for (int r = 0; r < ROWS.length; r++) {
			LineScores s = score(rows.get(r), best);
			LineScores rules = score(rows.get(r), null);
			System.out.printf("train %s/%s model F1 %.1f (P %.1f R %.1f) | rules F1 %.1f (P %.1f R %.1f) | no answer F1 %.1f%n",
					ROWS[r][0], ROWS[r][1], s.f1(), s.precision(), s.recall(), rules.f1(), rules.precision(), rules.recall(),
					s.noAnswerF1());
		}
	}

	static Sample sample(Extractor extractor, Question q) {
		Passage passage = Passage.of(q.lines().get(0), String.join("\n", q.lines().subList(1, q.lines().size())),
				q.pageLanguage());
		return new Sample(extractor.read(q.question(), passage, q.pageLanguage()), q.answers());
	}

	static LineScores score(List<Sample> samples, LineModel model) {
		LineScores scores = new LineScores();
		for (Sample s : samples) {
			Set<Integer> lines = new TreeSet<>();
			Extractor.Read read = s.read();
			if (model != null) {
				model.choose(read).sentences().forEach(t -> lines.add(t.line()));
			}
			else if (read.answers()) {
				read.ruled().forEach(i -> lines.add(read.sentences().get(i).line()));
			}
			scores.add(s.answers(), lines);
		}
		return scores;
	}

	/** Logistic regression by full-batch gradient descent with momentum on standardised features. */
	static double[] fit(List<double[]> x, List<Integer> y, double l2, int iterations) {
		int n = x.size(), d = LineModel.FEATURES;
		double[] mean = new double[d], sd = new double[d];
		for (double[] row : x) {
			for (int f = 1; f < d; f++) {
				mean[f] += row[f] / n;
			}
		}
		for (double[] row : x) {
			for (int f = 1; f < d; f++) {
				sd[f] += (row[f] - mean[f]) * (row[f] - mean[f]) / n;
			}
		}
		for (int f = 1; f < d; f++) {
			sd[f] = sd[f] > 0 ? Math.sqrt(sd[f]) : 1;
		}
		double[][] z = new double[n][d];
		for (int k = 0; k < n; k++) {
			z[k][0] = 1;
			for (int f = 1; f < d; f++) {
				z[k][f] = (x.get(k)[f] - mean[f]) / sd[f];
			}
		}
		double[] w = new double[d], velocity = new double[d];
		double rate = 0.5;
		for (int it = 0; it < iterations; it++) {
			double[] gradient = new double[d];
			for (int k = 0; k < n; k++) {
				double dot = 0;
				for (int f = 0; f < d; f++) {
					dot += w[f] * z[k][f];
				}
				double error = 1 / (1 + Math.exp(-dot)) - y.get(k);
				for (int f = 0; f < d; f++) {
					gradient[f] += error * z[k][f] / n;
				}
			}
			for (int f = 0; f < d; f++) {
				gradient[f] += f == 0 ? 0 : l2 * w[f];
				velocity[f] = 0.9 * velocity[f] - rate * gradient[f];
				w[f] += velocity[f];
			}
		}
		double[] raw = new double[d];
		raw[0] = w[0];
		for (int f = 1; f < d; f++) {
			raw[f] = w[f] / sd[f];
			raw[0] -= w[f] * mean[f] / sd[f];
		}
		return raw;
	}

}
