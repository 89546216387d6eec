/**
 * The self-assessment pages, open to anyone: the start page, the form in short sections and the results
 * of all three categories, rendered on the server in five languages and complete without JavaScript.
 * Answers are read and scored by formats and the engine exactly as the API reads and scores a profile;
 * no scoring and no storage live here.
 */
package org.hspnavigator.web.selfassessment;
