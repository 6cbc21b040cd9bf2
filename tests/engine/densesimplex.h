#pragma once

// An independent exact method for the tests: a dense primal simplex (Bland's rule,
// which cannot cycle) on   min c·v  s.t.  A v = b, v >= 0,  with b >= 0 and a known
// feasible starting basis. Small problems only.

#include <cmath>
#include <vector>

namespace atlas::test {

struct DenseLp {
    std::vector<std::vector<double>> a;  // m rows × n columns
    std::vector<double> b;               // m, >= 0
    std::vector<double> c;               // n
    std::vector<int> basis;              // m column indices forming an identity in a
};

/** The optimal value; v receives the optimal point. */
inline double solveDense(DenseLp lp, std::vector<double> *v = nullptr)
{
    const int m = static_cast<int>(lp.b.size());
    const int n = static_cast<int>(lp.c.size());
    auto &A = lp.a;
    auto &b = lp.b;
    auto &basis = lp.basis;
    const double eps = 1e-11;
    for (int iter = 0; iter < 100000; ++iter) {
        // Reduced costs r_k = c_k − Σ_i c_basis(i) A_ik (the tableau is kept canonical).
        int enter = -1;
        for (int k = 0; k < n && enter < 0; ++k) {
            double r = lp.c[k];
            for (int i = 0; i < m; ++i)
                r -= lp.c[basis[i]] * A[i][k];
            if (r < -eps)
                enter = k;
        }
        if (enter < 0)
            break;
        int leave = -1;
        double best = 0;
        for (int i = 0; i < m; ++i)
            if (A[i][enter] > eps) {
                const double ratio = b[i] / A[i][enter];
                if (leave < 0 || ratio < best - 1e-14
                    || (std::abs(ratio - best) <= 1e-14 && basis[i] < basis[leave])) {
                    leave = i;
                    best = ratio;
                }
            }
        if (leave < 0)
            return -INFINITY; // unbounded: cannot happen here
        const double piv = A[leave][enter];
        for (double &x : A[leave])
            x /= piv;
        b[leave] /= piv;
        for (int i = 0; i < m; ++i)
            if (i != leave && A[i][enter] != 0) {
                const double f = A[i][enter];
                for (int k = 0; k < n; ++k)
                    A[i][k] -= f * A[leave][k];
                b[i] -= f * b[leave];
            }
        basis[leave] = enter;
    }
    std::vector<double> x(n, 0.0);
    for (int i = 0; i < m; ++i)
        x[basis[i]] = b[i];
    double obj = 0;
    for (int k = 0; k < n; ++k)
        obj += lp.c[k] * x[k];
    if (v)
        *v = x;
    return obj;
}

} // namespace atlas::test
