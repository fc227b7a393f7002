/**
 * The only module that talks to the process engine: process models in {@code bpmn/}, delegates, the
 * task inbox, deadlines, and the administrators' way into Cockpit.
 */
package vn.langnghe.workflow;
