package org.csh.reconciler.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.csh.reconciler.demo.SampleWork.EngagementDraft;
import org.csh.reconciler.demo.SampleWork.Issue;

/**
 * Everyday research-hosting work, in the words staff use when they log it. It fills each community's
 * history around the hand-written stories; none of it names a community in its text.
 */
final class SampleCatalogue {

    /** A kind of recurring work: where it is filed on GitHub, its title pattern and how people describe it. */
    private record Kind(String repository, String title, List<String> topics, List<String> texts) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(SampleOrganisation.SUPPORT, "Support call re: %s",
                    List.of("GPU quota", "Slurm job limits", "conda environment conflicts", "Globus transfer errors",
                            "Dask cluster sizing", "R package installs", "VS Code remote sessions",
                            "JupyterLab extensions", "shared project folder permissions", "SSO login loop",
                            "SSH key rotation", "notebook kernel crashes", "RStudio session timeouts"),
                    List.of("The PI asked about %s. Walked through the options on a call and wrote up the steps.",
                            "Grad student stuck on %s; screen-shared, found the cause and fixed it together.",
                            "Ticket from the lab manager about %s. Answered, then a short follow-up call.")),
            new Kind(SampleOrganisation.SUPPORT, "JupyterHub image update: %s",
                    List.of("add PyTorch 2.4", "bump R to 4.4", "add Julia 1.10 kernel", "pin numpy below 2",
                            "add QGIS", "refresh TensorFlow", "add Quarto", "add nbgrader", "add cartopy",
                            "add scikit-image", "update CUDA base image"),
                    List.of("Requested for the spring course: %s. Built, tested on staging, rolled out.",
                            "Image change: %s. Checked the course notebooks still run before switching the default.")),
            new Kind(SampleOrganisation.SUPPORT, "Storage quota question: %s",
                    List.of("scratch cleanup policy", "/project space for new students", "archive tier pricing",
                            "home directory limit", "object storage for raw data", "snapshot retention"),
                    List.of("Asked about %s. Explained the tiers and raised the quota where policy allows.",
                            "Question on %s from the data steward; answered by email and call.")),
            new Kind(SampleOrganisation.SUPPORT, "Incident follow-up: %s",
                    List.of("hub outage during class", "slow server spawns after upgrade", "full scratch disk",
                            "failed nightly backup", "expired TLS certificate", "stuck batch queue"),
                    List.of("Post-incident review of the %s with the group's admins; action items agreed.",
                            "Follow-up on %s: explained root cause and what we changed.")),
            new Kind(SampleOrganisation.PARTNERSHIPS, "Grant co-writing: %s",
                    List.of("NSF CSSI proposal", "NIH data-sharing plan", "budget justification for compute",
                            "letter of support", "NSF CC* compute proposal", "data management plan"),
                    List.of("Co-wrote the infrastructure sections of the %s with the PI.",
                            "Reviewed and edited the %s; two rounds of comments.")),
            new Kind(SampleOrganisation.PARTNERSHIPS, "Planning meeting: %s",
                    List.of("Q3 roadmap", "spring semester capacity", "data retention policy", "SSO integration",
                            "summer school logistics", "next year's allocation"),
                    List.of("Planning meeting on %s with the PI and IT liaison.",
                            "Meeting to plan %s; notes shared in the group's drive.")),
            new Kind(SampleOrganisation.TRAINING, "Workshop: %s",
                    List.of("Intro to HPC", "Reproducible notebooks", "Git for researchers", "Parallel Python with Dask",
                            "Containers on the cluster", "Research software testing"),
                    List.of("Ran the %s workshop for the group, including prep of the exercises.",
                            "%s workshop: prepared materials and taught the session.")),
            new Kind(SampleOrganisation.TRAINING, "Office hours: %s",
                    List.of("scheduling jobs", "data publishing", "notebook sharing", "GPU profiling",
                            "workflow managers", "cost of cloud bursting"),
                    List.of("Drop-in office hours, mostly questions on %s.",
                            "Office hours session; topic of the day was %s.")),
            new Kind(SampleOrganisation.TRAINING, "Onboarding training: %s",
                    List.of("new lab members", "teaching assistants", "summer interns", "visiting researchers"),
                    List.of("Onboarding session for %s: accounts, storage, the hub and where to ask for help.",
                            "Walked %s through the platform and our support channels.")));

    private static final double[] HOURS = {0.5, 1, 1, 1, 1.5, 1.5, 2, 2, 3};

    private SampleCatalogue() {
    }

    /** How a community's everyday work is logged. */
    enum Habits {
        /** mostly GitHub with mirrors, some Asana timed subtasks, the odd untimed or open item */
        MIXED,
        /** every item completed and timed, so the CSH task's Hours Total can be checked exactly */
        ALWAYS_TIMED
    }

    /**
     * Adds {@code count} pieces of everyday work for a community, each dated between {@code from} and
     * {@code to}, to its engagement; GitHub issues carry the CSH label and {@code label}.
     */
    static void fill(SampleWork work, EngagementDraft engagement, String label, int count,
                     LocalDate from, LocalDate to, Habits habits) {
        Random random = work.random();
        for (int i = 0; i < count; i++) {
            LocalDate day = work.between(from, to);
            double hours = HOURS[random.nextInt(HOURS.length)];
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            String topic = kind.topics.get(random.nextInt(kind.topics.size()));
            String title = work.recurringTitle(String.format(kind.title, topic), day);
            String text = String.format(kind.texts.get(random.nextInt(kind.texts.size())), topic);
            double roll = random.nextDouble();
            boolean mixed = habits == Habits.MIXED;
            if (mixed && roll < 0.06) {
                // nobody timed it: the report has to estimate it (MISSING_TIME)
                engagement.taskFor(day).manual(title, withDuration(random, text, hours, 0.5))
                        .completed(work.during(day));
            } else if (mixed && roll < 0.10) {
                Issue open = work.issue(kind.repository, title, "Requested by the group; scheduled, not started.",
                        SampleWork.CSH_LABEL, label);
                engagement.taskFor(day).mirror(open);
            } else if (roll < 0.62) {
                Issue issue = work.issue(kind.repository, title, withDuration(random, text, hours, 0.6),
                        SampleWork.CSH_LABEL, label).completed(day).board(hours);
                engagement.taskFor(day).mirror(issue);
            } else {
                engagement.taskFor(day).manual(title, withDuration(random, text, hours, 0.4))
                        .completed(work.during(day)).minutes(hours * 60);
            }
        }
    }

    /** Staff write the time down in the text now and then, in many ways; hours are per person. */
    static String withDuration(Random random, String text, double hours, double chance) {
        if (random.nextDouble() >= chance) {
            return text;
        }
        List<String> ways = durations(hours);
        return text + " " + ways.get(random.nextInt(ways.size()));
    }

    private static List<String> durations(double hours) {
        if (hours == 0.5) {
            return List.of("[30min]", "Took half an hour.", "30 min call.");
        }
        if (hours == 1) {
            return List.of("1h call.", "[1h]", "About 1 hour.", "60 minutes.");
        }
        if (hours == 1.5) {
            return List.of("1.5h.", "[90min]", "1.5 hours in total.");
        }
        if (hours == 2) {
            return List.of("1h call with 2 staff.", "2 hours.", "[2h]");
        }
        if (hours == 3) {
            return List.of("1.5h session with 2 staff.", "3 hours.", "1h meeting with 3 staff.");
        }
        return List.of("[" + SampleWork.hoursText(hours) + "h]");
    }
}
