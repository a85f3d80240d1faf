package de.wesermarsch.wegweiser.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.wesermarsch.wegweiser.omosqa.OmosQa;
import de.wesermarsch.wegweiser.omosqa.Question;

/**
 * Development aid: fits {@link LineModel}'s weights on the OMoS-QA train questions by L2-regularised logistic
 * regression (each sentence labelled by whether its line is an answer line; features standardised for the fit, the
 * weights given back on the raw features), then chooses its two probabilities on train by the sum of answer F1 and
 * "no answer" F1 of German and English questions, and prints the model as Java and the train figures of every row.
 * The dev questions are not read. Run: {@code java -cp <test classpath> ...LineFit}.
 */
final class LineFit {

	private static final String[][] ROWS = { { "de", "de" }, { "en", "en" }, { "ar", "de" }, { "uk", "de" },
			{ "ar", "ar" }, { "uk", "uk" } };

	/** The least "no answer" F1 on train, German and English: what the rules reach. */
	private static final double[] NO_ANSWER = { 57.0, 56.5 };

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
		int fitted = Integer.getInteger("rows", ROWS.length);
		for (List<Sample> row : rows.subList(0, fitted)) {
			for (Sample s : row) {
				for (int i = 1; i < s.read().sentences().size(); i++) {
					x.add(LineModel.features(s.read(), i));
					y.add(s.answers().contains(s.read().sentences().get(i).line()) ? 1 : 0);
				}
			}
		}
		double[] w = fit(x, y, 1e-3, 3000);
		System.out.println("sentences " + x.size() + ", weights " + Arrays.stream(w).mapToObj(v -> String.format("%.4f", v))
			.collect(Collectors.joining(", ")));
		double bestSum = -1;
		LineModel best = null;
		double bestScale = 1;
		for (double scale = 0.6; scale <= 1.61; scale += 0.1) {
			List<List<Sample>> scaled = scaled(rows, scale);
			for (double anchor = 0; anchor <= 0.61; anchor += 0.05) {
				for (double join = 0.1; join <= 0.61; join += 0.025) {
					LineModel model = new LineModel(w, anchor, join);
					LineScores de = score(scaled.get(0), model), en = score(scaled.get(1), model);
					double sum = de.f1() + en.f1();
					if (sum > bestSum && de.noAnswerF1() >= NO_ANSWER[0] && en.noAnswerF1() >= NO_ANSWER[1]) {
						bestSum = sum;
						best = model;
						bestScale = scale;
					}
				}
			}
		}
		System.out.printf("anchor %.3f join %.3f threshold x %.1f%n", best.anchor(), best.join(), bestScale);
		rows = scaled(rows, bestScale);
		System.out.printf("new LineModel(new double[] { %s }, %.3f, %.3f)%n", Arrays.stream(w)
			.mapToObj(v -> String.format("%.4f", v)).collect(Collectors.joining(", ")), best.anchor(), best.join());
		for (double join = 0.1; join <= 0.41; join += 0.05) {
			LineModel model = new LineModel(w, best.anchor(), join);
			System.out.printf("join %.2f de %.1f en %.1f%n", join, score(rows.get(0), model).f1(), score(rows.get(1), model).f1());
		}
		for (int r = 0; r < 2; r++) {
			int answerable = 0, hit = 0, topHit = 0, answered = 0;
			for (Sample s : rows.get(r)) {
				Extractor.Read read = s.read();
				if (s.answers().isEmpty() || read.best() < 1) {
					continue;
				}
				answerable++;
				if (read.score(read.best()) >= read.least()) {
					answered++;
				}
				hit += s.answers().contains(read.sentences().get(read.best()).line()) ? 1 : 0;
				int top = 1;
				for (int i = 1; i < read.sentences().size(); i++) {
					if (best.probability(LineModel.features(read, i)) > best.probability(LineModel.features(read, top))) {
						top = i;
					}
				}
				topHit += s.answers().contains(read.sentences().get(top).line()) ? 1 : 0;
			}
			System.out.printf("%s answerable %d answered %d best in answer %d model top in answer %d%n", ROWS[r][0],
					answerable, answered, hit, topHit);
		}
		for (int r = 0; r < ROWS.length; r++) {
			LineScores s = score(rows.get(r), best);
			LineScores rules = score(rows.get(r), null);
			System.out.printf("train %s/%s model F1 %.1f (P %.1f R %.1f) na %.1f | rules F1 %.1f na %.1f%n", ROWS[r][0],
					ROWS[r][1], s.f1(), s.precision(), s.recall(), s.noAnswerF1(), rules.f1(), rules.noAnswerF1());
		}
	}

	/** The samples with the rules' least score scaled. */
	static List<List<Sample>> scaled(List<List<Sample>> rows, double scale) {
		return rows.stream().map(row -> row.stream().map(s -> {
			Extractor.Read r = s.read();
			return new Sample(new Extractor.Read(r.sentences(), r.shares(), r.shaped(), r.kind(), r.best(), r.ruled(),
					r.kindBonus(), r.least() * scale, r.foreign(), r.fresh(), r.cohesion()), s.answers());
		}).toList()).toList();
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
			else if (read.best() > 0 && read.score(read.best()) >= read.least()) {
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
