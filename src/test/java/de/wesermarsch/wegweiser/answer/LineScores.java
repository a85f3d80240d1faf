package de.wesermarsch.wegweiser.answer;

import java.util.HashSet;
import java.util.Set;

/**
 * The OMoS-QA scores, computed as the dataset's authors compute them: per answerable question, precision (the
 * share of predicted lines that are answer lines; 1 when nothing is predicted) and recall over answer lines;
 * means over the answerable questions; F1 the harmonic mean of the two means. "No answer": precision and recall
 * of predicting nothing, over all questions.
 */
final class LineScores {

	private int answerable;

	private double precision;

	private double recall;

	private int predictedNone;

	private int truePredictedNone;

	private int unanswerable;

	void add(Set<Integer> expected, Set<Integer> predicted) {
		if (predicted.isEmpty()) {
			predictedNone++;
		}
		if (expected.isEmpty()) {
			unanswerable++;
			if (predicted.isEmpty()) {
				truePredictedNone++;
			}
			return;
		}
		Set<Integer> both = new HashSet<>(expected);
		both.retainAll(predicted);
		answerable++;
		precision += predicted.isEmpty() ? 1 : (double) both.size() / predicted.size();
		recall += (double) both.size() / expected.size();
	}

	/**
	 * Adds a question answered from another page than its own (end to end): its lines are none of the predicted
	 * ones, so precision and recall are 0, and it did not predict "no answer".
	 */
	void addElsewhere(Set<Integer> expected) {
		if (expected.isEmpty()) {
			unanswerable++;
			return;
		}
		answerable++;
	}

	double precision() {
		return 100 * precision / answerable;
	}

	double recall() {
		return 100 * recall / answerable;
	}

	double f1() {
		return f1(precision(), recall());
	}

	double noAnswerPrecision() {
		return predictedNone == 0 ? 0 : 100.0 * truePredictedNone / predictedNone;
	}

	double noAnswerRecall() {
		return unanswerable == 0 ? 0 : 100.0 * truePredictedNone / unanswerable;
	}

	double noAnswerF1() {
		return f1(noAnswerPrecision(), noAnswerRecall());
	}

	/** Both together, as if one set of questions. */
	LineScores plus(LineScores other) {
		LineScores sum = new LineScores();
		sum.answerable = answerable + other.answerable;
		sum.precision = precision + other.precision;
		sum.recall = recall + other.recall;
		sum.predictedNone = predictedNone + other.predictedNone;
		sum.truePredictedNone = truePredictedNone + other.truePredictedNone;
		sum.unanswerable = unanswerable + other.unanswerable;
		return sum;
	}

	int questions() {
		return answerable + unanswerable;
	}

	private static double f1(double p, double r) {
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

}
