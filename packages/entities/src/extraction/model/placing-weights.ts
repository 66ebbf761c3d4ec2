// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	0.97
dateline	-6.26
elsewhere	-3.51
ends=ababa	1.75
ends=airport	-5.05
ends=al-juma	4.16
ends=area	-4.04
ends=avenue	4.77
ends=camp	6.83
ends=chad	-2.16
ends=church	-4.74
ends=city	1.47
ends=county	-3.33
ends=darfur	-1.09
ends=delgado	-0.08
ends=fasher	2.66
ends=highway	-4.72
ends=hospital	-9.26
ends=market	9.17
ends=mosque	8.04
ends=region	-8.77
ends=river	-6.86
ends=road	1.5
ends=sea	-4.26
ends=square	-2.99
ends=state	-5.36
ends=street	-5.18
ends=sudan	-2.69
ends=township	-3.43
headlineOnly	1.23
insidePick	0.4
inside|besidePick	2.81
inside|bias	0.4
inside|ends=highway	-1.89
inside|ends=hospital	2.76
inside|ends=market	2.79
inside|ends=road	-0.89
inside|headlineOnly	-2.78
inside|kind=admin1	-3.45
inside|kind=city	7.12
inside|kind=site	-0.29
inside|locative	-1.78
inside|mentions=1	-1.97
inside|mentions=2	0.65
inside|mentions=3	1.72
inside|named	-0.74
inside|near	5.11
inside|next=and	-1.5
inside|next=area	8.34
inside|next=in	3.6
inside|next=of	-2.23
inside|next=region	-0.92
inside|next=said	-1.93
inside|next=who	-0.61
inside|origin	-4.66
inside|prev2=at the	6.05
inside|prev2=in the	-1.16
inside|prev2=on the	-2.78
inside|prev=at	-4.27
inside|prev=in	-0.66
inside|prev=of	-0.13
inside|prev=the	-3.76
inside|rank<=1	0.95
inside|rank<=2	-2.79
inside|rank<=4	-2.27
inside|rank>4	3.58
inside|sentence<=0	-2.36
inside|sentence<=1	2.78
inside|sentence<=2	3
inside|sentence<=3	-3.52
inside|sentence<=5	3.64
inside|sentence<=8	-0.2
inside|sentence>8	-4.52
inside|untold	1.58
inside|weight<=0	1.58
inside|weight<=1	4.38
inside|weight<=12	-2.75
inside|weight<=2	-0.66
inside|weight<=4	-0.67
inside|weight<=7	-4.48
inside|weight>12	3.01
kind=admin1	-8.2
kind=city	-0.46
kind=region	3.28
kind=site	6.65
locative	-0.99
mentions=1	-3.43
mentions=2	1.15
mentions=3	2.28
named	0.45
near	-4.31
next='s	-8.74
next=a	11.74
next=about	-0.96
next=according	5.43
next=afp	-1.2
next=after	3.94
next=also	-1.89
next=and	-5
next=area	6.3
next=at	-0.45
next=by	7.71
next=department	-1.58
next=district	-5.19
next=during	-1.93
next=early	-10.69
next=for	4.48
next=forest	-0.99
next=had	-0.61
next=has	-0.85
next=have	2.31
next=he	-1.26
next=in	1.96
next=is	5.25
next=killed	-1.51
next=killing	0.35
next=last	-2.22
next=late	-0.17
next=may	-0.71
next=mountains	-0.67
next=near	3.83
next=neighbourhood	1.86
next=of	-5.18
next=on	4.64
next=one	-5.79
next=police	-2.14
next=province	-2.19
next=region	-10.63
next=regional	-1.27
next=regions	-0.68
next=residents	-0.09
next=road	-0.89
next=said	-1.93
next=shortly	-5.46
next=since	4.2
next=some	4.48
next=state	-2.8
next=territory	-2.18
next=that	-0.9
next=the	-1.8
next=they	-2.27
next=this	-4.19
next=to	0.33
next=town	1.39
next=village	10.11
next=was	-0.98
next=were	-1.61
next=west	1.5
next=when	-5.68
next=where	1.64
next=which	-4.01
next=who	0.25
next=with	-4.44
next=’s	-6.14
origin	-7.79
pick|bias	4.73
pick|dateline	2.39
pick|kind=city	0.06
pick|locative	1.13
pick|mentions=1	3.92
pick|mentions=2	-0.14
pick|mentions=3	0.95
pick|named	0.88
pick|near	2.2
pick|next='s	-8.48
pick|next=a	-4.05
pick|next=and	7.23
pick|next=district	3.87
pick|next=in	0.81
pick|next=killed	-1.51
pick|next=late	2.82
pick|next=on	-2.18
pick|next=the	-1.92
pick|next=town	1.39
pick|next=village	5.37
pick|origin	4.61
pick|prev2=area of	-2.59
pick|prev2=city of	1.8
pick|prev2=municipality of	-0.58
pick|prev2=town of	2.73
pick|prev2=village of	5.22
pick|prev=at	0.57
pick|prev=in	0.63
pick|prev=near	-6.66
pick|prev=of	3.49
pick|prev=the	6.99
pick|rank<=0	-0.48
pick|sentence<=0	-1.95
pick|sentence<=1	1.14
pick|sentence<=2	-2.93
pick|sentence<=3	-1.19
pick|sentence<=5	-0.64
pick|sentence>8	-1.36
pick|settlement	-2
pick|weight<=1	1.83
pick|weight<=12	-1.13
pick|weight<=2	-0.38
pick|weight<=4	-4.92
pick|weight<=7	1.51
pick|weight>12	2.61
prev2=along the	-1.45
prev2=and the	-7.13
prev2=area of	-2.59
prev2=around the	1.45
prev2=at the	1.9
prev2=attack on	3.65
prev2=building on	3.54
prev2=capital of	-0.16
prev2=church in	-0.98
prev2=city of	-3.55
prev2=clash in	-6.28
prev2=community of	2.54
prev2=conference in	-1.73
prev2=control of	1.87
prev2=department of	-1.27
prev2=direction of	-2.07
prev2=district of	5.18
prev2=from the	-4.78
prev2=held in	-0.84
prev2=hospital in	-7.9
prev2=in the	-0.53
prev2=market in	-1.85
prev2=municipality of	-2.97
prev2=near the	-1.36
prev2=of the	2.32
prev2=office in	-3.17
prev2=on the	-5.84
prev2=outskirts of	6.75
prev2=people in	-6.54
prev2=police in	-6.33
prev2=post in	-5.29
prev2=province of	5.49
prev2=region of	-1.33
prev2=reporters in	-1.52
prev2=road between	-0.03
prev2=signed in	0.24
prev2=south of	-1.1
prev2=state capital	-4.77
prev2=state of	-2.3
prev2=the capital	0.79
prev2=the city's	-4.31
prev2=the nearby	-1.41
prev2=to the	-2.69
prev2=towards the	-6.78
prev2=town in	-0.68
prev2=town of	4.33
prev2=village in	4.13
prev2=village of	9.31
prev2=villages of	-3.24
prev2=west of	-1.86
prev=across	-1.39
prev=and	-9.86
prev=around	11.77
prev=at	6.02
prev=between	-2.25
prev=capital	-0.45
prev=central	6.02
prev=city's	-4.31
prev=eastern	2.71
prev=for	-6.15
prev=from	-8.38
prev=in	1.29
prev=near	3.87
prev=nearby	-4.52
prev=of	-0.54
prev=on	-4.02
prev=say	-2.65
prev=says	-0.59
prev=sudan's	-1.17
prev=the	2.01
prev=to	-0.55
prev=towards	-4.11
prev=western	-3.67
prev=with	5.69
rank<=0	-5.35
rank<=1	4
rank<=2	2.25
rank<=4	-0.14
rank>4	-0.75
rule-pick	4.73
sentence<=0	5.21
sentence<=1	3.43
sentence<=2	8.54
sentence<=3	5.94
sentence<=5	-1.08
sentence<=8	-7.4
sentence>8	-13.87
settlement	6.18
untold	-0.78
weight<=0	-0.78
weight<=1	-2.55
weight<=12	-1.43
weight<=2	1.66
weight<=4	2.39
weight<=7	0.66
weight>12	0.05
`;
