# plot.gp -- throughput against size for one benchmark case.
# Called by report.py with datafile, outfile and title set.
set terminal pngcairo size 900,540 font ",11"
set output outfile
set title title
set logscale x 2
set logscale y 10
set format x "%.0s%cB"
set xlabel "size"
set ylabel "GB/s (higher is better)"
set key left top
set grid
plot for [i=0:3] datafile index i using 1:2 with linespoints title columnheader(1)
