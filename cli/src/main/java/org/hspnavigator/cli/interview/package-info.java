/**
 * {@code hsp new profile} and {@code hsp new case}: the questions of a profile or a case asked one by
 * one at the terminal, in plain words with the help texts of the forms, each answer checked by the one
 * reader of profiles and cases as it is given, and the file written once every answer is accepted. The
 * reading of documents and the scoring do not live here.
 */
package org.hspnavigator.cli.interview;
