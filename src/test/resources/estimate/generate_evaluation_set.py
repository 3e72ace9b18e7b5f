#!/usr/bin/env python3
"""Writes evaluation-set.csv: CSH work items of a research-hosting provider, as staff log them.

Each sub-kind of work has title and description variants and a range of honest per-person hours
(what such work takes at a JupyterHub hosting provider); the generator draws from those with a
fixed seed, so the file is reproducible. About one item in five states its duration in the text,
and then its hours are exactly that duration times the staff named. Rerun only to regenerate the
same file: python3 generate_evaluation_set.py > evaluation-set.csv
"""
import csv, random, sys
from datetime import datetime, timedelta

rnd = random.Random(20261125)
COMMUNITIES = ["ExampleU", "Ocean Lab", "GeoHub", "Neuro Collective", "Climate Commons", "BioStats Group",
               "Astro Consortium", "Open Humanities"]
PEOPLE = ["@alice", "@bob", "@carol", "@dan", "@erin"]

# (sub-kind, weight, hours range per person, titles, texts)
KINDS = [
    ("gpu-quota", 6, (0.25, 0.5), ["GPU quota increase for {c}", "{c}: request for more GPUs", "Raise GPU limit for {c} course"],
     ["User asked for access to GPU nodes for a deep learning class. Bumped the profile limit.",
      "Increase GPU quota from 1 to 2 per user; confirmed with the PI.", "Adjusted the GPU node pool quota and replied on the ticket."]),
    ("storage-quota", 7, (0.25, 0.75), ["Storage quota question from {c}", "{c} home directory full", "Increase storage for {c}"],
     ["Researcher's home directory hit the 10 GB limit. Explained the shared data folder and raised the quota.",
      "Question about how much disk space each user gets and how to check usage.", "Resized the NFS volume and answered the storage question."]),
    ("password", 5, (0.25, 0.5), ["{c}: user cannot log in", "Login problem for new {c} user", "{c} access request"],
     ["New student could not log in; added them to the GitHub team used for authentication.",
      "Access request for a new postdoc. Added to the allowed users list.", "Login error after the GitHub org change; fixed the allowed organisation setting."]),
    ("support-debug", 8, (1.0, 2.5), ["{c}: kernel keeps dying", "Debug memory errors in {c} notebooks", "{c} user reports dask cluster errors"],
     ["User's kernel dies when loading a large dataset. Investigated memory usage, suggested chunking and raised the memory limit.",
      "Dask gateway clusters fail to start for some users. Dug through the logs, found a misconfigured worker image.",
      "Investigated intermittent errors reported on Slack, reproduced them and wrote up a fix."]),
    ("image-package", 9, (0.5, 1.0), ["Add {pkg} to the {c} image", "{c}: install {pkg} in the user image", "Package request: {pkg} for {c}"],
     ["Added the package to environment.yml, rebuilt the image and tested it on staging.",
      "Community asked for a new package in the default image. Added it with pip and rolled out.",
      "Added the conda package, rebuilt with repo2docker and updated the image tag."]),
    ("image-upgrade", 8, (2.0, 4.0), ["Upgrade {c} image to Python 3.12", "{c}: migrate user image to new base image", "Rebuild {c} image with R 4.4 and new RStudio"],
     ["Moved the community's image to the new base image, resolved dependency conflicts, tested notebooks and rolled out.",
      "Major image upgrade: new Python, pinned dependencies, fixed broken extensions, tested on staging with the community champion.",
      "Upgraded the R image, rebuilt packages that failed to compile, checked RStudio and the JupyterLab extensions."]),
    ("support-call", 12, (0.5, 1.0), ["Support call with {c}", "{c} check-in call", "Call with {c} about their hub"],
     ["Regular check-in with the community champion about their hub and upcoming needs.",
      "Zoom call to walk through the new profile options and answer questions.", "Call with the PI about their usage and a few open questions."]),
    ("planning", 8, (1.0, 1.5), ["Quarterly planning with {c}", "{c} roadmap meeting", "Kick-off meeting with {c}"],
     ["Planning meeting for the next quarter: priorities, a workshop date and an image upgrade.",
      "Kick-off for the new engagement: goals, contacts, hub configuration and timeline.", "Roadmap review with the community leads."]),
    ("grant", 8, (3.0, 6.0), ["Grant co-writing session with {c}", "{c}: NSF proposal, infrastructure section", "Help {c} with the data management plan"],
     ["Co-wrote the cloud infrastructure and budget justification sections of the proposal with the PI.",
      "Writing session for the grant: described the hub, the costs and the support model, then edited the draft.",
      "Drafted the data management plan and reviewed the reviewer responses with the team."]),
    ("workshop", 8, (3.0, 5.0), ["{c} workshop: intro to the hub", "Run the {c} hackathon hub", "{c} summer school workshop support"],
     ["Prepared the workshop hub, ran the session, helped participants during the exercises.",
      "Set up a temporary hub for the hackathon, supported participants during the event and cleaned up after.",
      "Workshop support: scaled the cluster, answered questions in the chat and gave a short demo."]),
    ("training", 7, (1.5, 2.5), ["Training session for {c} admins", "{c}: onboarding training for new hub admins", "Teach {c} instructors to manage their course hub"],
     ["Trained the community's hub admins to add users, manage profiles and read the usage dashboards.",
      "Onboarding training for two new admins: admin panel, user management, where to ask for help.",
      "Training for instructors on nbgrader and managing shared folders."]),
    ("office-hours", 8, (0.75, 1.25), ["Office hours with {c}", "{c} office hours", "Drop-in office hours for {c} users"],
     ["Monthly office hours; answered questions about environments and storage.",
      "Drop-in session for users; a few questions about git and shared data.", "Office hours: helped two users with dask and one with a package install."]),
    ("incident-small", 6, (0.5, 1.5), ["{c} hub briefly unavailable", "{c}: users see 503 errors", "Incident: {c} hub slow to start servers"],
     ["Short outage after a node pool upgrade. Restarted the hub pod, confirmed users could log in.",
      "Users saw 503 errors; the proxy had restarted. Investigated and confirmed recovery.",
      "Server start-up was slow because of image pulls. Pre-pulled the image on the nodes."]),
    ("incident-followup", 6, (2.0, 4.0), ["Post-mortem for the {c} outage", "{c} incident follow-up and root cause", "Write up the {c} downtime incident"],
     ["Wrote the post-mortem: timeline, root cause in the storage driver, and follow-up actions.",
      "Incident follow-up: root cause analysis, fixed the alerting, met the community to explain what happened.",
      "Investigated the root cause of the downtime, documented it and changed the upgrade runbook."]),
    ("follow-up", 7, (0.25, 2.0), ["Follow up with {c}", "{c}: follow-up on last week's request", "Misc {c} requests"],
     ["Follow-up on a few open items from the community.", "Answered the remaining questions and closed the loop.",
      "A handful of small requests; see the thread."]),
    ("docs", 5, (0.75, 2.5), ["Document the {c} hub setup", "{c}: update the user guide", "Write docs on shared folders for {c}"],
     ["Wrote a page in the community's docs on how to use the shared data folder.",
      "Updated the user guide with the new profile options and screenshots.", "Documentation for admins on adding users."]),
    ("config", 6, (0.5, 1.5), ["{c}: change default interface to JupyterLab", "Update {c} hub profile options", "{c}: add a new user group"],
     ["Changed the hub configuration and deployed it after review.",
      "Added a new profile list option and a node selector, deployed to production.", "Configured a new admin group and the allowed users."]),
]
PACKAGES = ["xarray", "geopandas", "pytorch", "tidyverse", "cartopy", "nibabel", "astropy", "scikit-learn", "spacy", "dask-ml"]

NOISE = ["Thanks {p} for the pointers.", "Linked the Slack thread.", "See the linked issue for details.",
         "Community champion is happy with the result.", "{p} reviewed.", "Closing as done.",
         "Will revisit next month if needed.", "Reported by the PI by email."]

def hours_in(lo, hi):
    return round(rnd.uniform(lo, hi) * 4) / 4  # people log in quarter hours

def stated(hours_each, staff):
    m = int(round(hours_each * 60))
    forms = []
    if m % 60 == 0:
        forms += ["{h}h".format(h=m // 60), "{h} hours".format(h=m // 60)]
    if m < 60:
        forms += ["{m} min".format(m=m), "{m}mins".format(m=m)]
    if m == 30:
        forms += ["half an hour"]
    if m == 60:
        forms += ["an hour", "1 hour"]
    if m > 60 and m % 60:
        forms += ["{h}h{mm:02d}".format(h=m // 60, mm=m % 60), "{x:g}h".format(x=m / 60)]
    form = rnd.choice(forms)
    if staff == 2:
        who = rnd.choice(["two of us", "x 2 staff", "{} and {} attended".format(*rnd.sample(PEOPLE, 2))])
        return form, who
    return form, None

rows = []
start = datetime(2025, 1, 6, 9, 0)
weights = [k[1] for k in KINDS]
n = 180
issue = 400
for i in range(n):
    kind = rnd.choices(KINDS, weights)[0]
    name, _, (lo, hi), titles, texts = kind
    c = rnd.choice(COMMUNITIES)
    title = rnd.choice(titles).format(c=c, pkg=rnd.choice(PACKAGES))
    text = rnd.choice(texts)
    staff = 2 if name in ("workshop", "planning", "grant", "training") and rnd.random() < 0.3 else 1
    each = hours_in(lo, hi)
    says = rnd.random() < 0.2
    if says:
        form, who = stated(each, staff)
        if rnd.random() < 0.5:
            title = title + " [" + form + "]"
            text = text + (" " + who[0].upper() + who[1:] + "." if who else "")
        else:
            text = text + " Took " + form + (", " + who if who else "") + "."
    elif staff == 2:
        text = text + " " + rnd.choice(["{} and {} took part.".format(*rnd.sample(PEOPLE, 2)), "Both of us were there."])
    # people write unevenly: some leave the description empty, some add an aside that says little about the effort
    r = rnd.random()
    if r < 0.15 and not says:
        text = ""
    elif r < 0.45:
        text = text + " " + rnd.choice(NOISE).format(p=rnd.choice(PEOPLE))
    when = start + timedelta(days=int(i * 3.6 + rnd.randint(0, 2)), hours=rnd.randint(0, 7))
    if rnd.random() < 0.75:
        issue += rnd.randint(1, 6)
        url = "https://github.com/example-hosting/support/issues/{}".format(issue)
    else:
        url = "https://app.asana.com/0/1208000000000001/{}".format(1208100000000000 + i)
    rows.append((url, when.strftime("%Y-%m-%dT%H:%M:%SZ"), title, text, "{:g}".format(each * staff), name, "yes" if says else "no"))

w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["url", "completed_at", "title", "text", "hours", "kind", "stated"])
for r in rows:
    w.writerow(r)
