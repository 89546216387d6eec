/**
 * The self-assessment pages, open to anyone: the start page, the form in short sections and the results
 * of all three categories, rendered on the server in five languages and complete without JavaScript.
 * The results page adds J-Skip, the advisor's smallest changes and forecast, permanent residence and
 * the family preferences for a case made of the answers, the evidence per item, a what-if and a link
 * that carries the answers. Answers are read and scored by formats and the engine exactly as the API
 * and the commands read and score them; no scoring, no rule and no storage live here. The form's
 * questions and their reading also serve the workspace's snapshot forms ({@link ProfileQuestions}).
 */
package org.hspnavigator.web.selfassessment;
