#!/usr/bin/python3
"""Makes the reference fixtures beside this script. Not needed by the tests or CI, which read the files it wrote.

Needs Debian's python3-sklearn (scikit-learn 1.2.1, numpy 1.24.2, scipy 1.10.1 on Debian 12):
    apt-get install -y python3-sklearn && /usr/bin/python3 tests/Spokes.Explore.Tests/Fixtures/make_fixtures.py

1. sklearn-discovery.csv / .json: a seeded synthetic data set (1,000 rows, five inputs, a 0/1 outcome that is 1 in
   the box x0 > 0.6 and x1 <= 0.4, with 10% of the labels flipped), and what scikit-learn computes on it:
   DecisionTreeClassifier(min_samples_leaf=50) as leaves (bounds, rows, positives), f_classif, f_regression, chi2,
   and ExtraTreesClassifier feature importances. Inputs are multiples of 2^-16, so float32 (sklearn's trees) and
   float64 (Spokes) hold the same values and every split midpoint is exact in both.
2. salib-rbd-fast-ishigami.csv: the design of SALib's published RBD-FAST check (tests/test_cli_analyze.py,
   test_rbd_fast: `salib sample latin -n 1000 --seed=100 --precision=8` on Ishigami, then `analyze rbd_fast`, expected
   S1 = 0.298085, 0.469240, -0.010517), regenerated with numpy's legacy generator in the order SALib's Latin
   hypercube sampler of that test's era draws: for each input, one uniform draw in each of the N strata, then a
   shuffle of that column; scaled to [-3.14159265359, 3.14159265359] and written with 8 digits after the point.
"""
import json
import os

import numpy as np
import scipy
import sklearn
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.feature_selection import chi2, f_classif, f_regression
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))


def discovery():
    rng = np.random.RandomState(2026)
    n, d = 1000, 5
    x = np.floor(rng.uniform(size=(n, d)) * 65536) / 65536
    box = (x[:, 0] > 0.6) & (x[:, 1] <= 0.4)
    flip = rng.uniform(size=n) < 0.1
    y = (box ^ flip).astype(int)
    names = [f"x{j}" for j in range(d)]
    with open(os.path.join(HERE, "sklearn-discovery.csv"), "w") as f:
        f.write(",".join(names + ["y"]) + "\n")
        for i in range(n):
            f.write(",".join(repr(float(v)) for v in x[i]) + f",{y[i]}\n")

    tree = DecisionTreeClassifier(min_samples_leaf=50, random_state=0).fit(x, y)
    t = tree.tree_
    leaves = []

    def walk(node, bounds):
        if t.children_left[node] == -1:
            counts = t.value[node][0]
            leaves.append({
                "bounds": {names[j]: [lo, hi] for j, (lo, hi) in enumerate(bounds) if lo is not None or hi is not None},
                "rows": int(t.n_node_samples[node]),
                "positives": int(round(counts[1])),
            })
            return
        j, thr = t.feature[node], float(t.threshold[node])
        left = list(bounds)
        left[j] = (bounds[j][0], thr)
        walk(t.children_left[node], left)
        right = list(bounds)
        right[j] = (thr, bounds[j][1])
        walk(t.children_right[node], right)

    walk(0, [(None, None)] * d)
    fc, fc_p = f_classif(x, y)
    fr, fr_p = f_regression(x, y)
    c2, c2_p = chi2(x, y)
    forest = ExtraTreesClassifier(n_estimators=500, max_features=0.6, random_state=0).fit(x, y)
    out = {
        "versions": {"sklearn": sklearn.__version__, "numpy": np.__version__, "scipy": scipy.__version__},
        "tree": {"min_samples_leaf": 50, "criterion": "gini", "leaves": leaves},
        "f_classif": {"F": fc.tolist(), "p": fc_p.tolist()},
        "f_regression": {"F": fr.tolist(), "p": fr_p.tolist()},
        "chi2": {"chi2": c2.tolist(), "p": c2_p.tolist()},
        "extra_trees": {"n_estimators": 500, "max_features": 0.6, "importances": forest.feature_importances_.tolist()},
    }
    with open(os.path.join(HERE, "sklearn-discovery.json"), "w") as f:
        json.dump(out, f, indent=1)


def rbd_fast_design():
    n, d = 1000, 3
    np.random.seed(100)
    design = np.empty([n, d])
    column = np.empty([n])
    width = 1.0 / n
    for j in range(d):
        for i in range(n):
            column[i] = np.random.uniform(low=i * width, high=(i + 1) * width, size=1)[0]
        np.random.shuffle(column)
        design[:, j] = column
    lo, hi = -3.14159265359, 3.14159265359
    design = design * (hi - lo) + lo
    np.savetxt(os.path.join(HERE, "salib-rbd-fast-ishigami.csv"), design, fmt="%.8e", delimiter=",",
               header="x1,x2,x3", comments="")


discovery()
rbd_fast_design()
