// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	0.13
dateline	-5.57
elsewhere	-4.11
ends=ababa	0.51
ends=airport	-3.08
ends=al-juma	3.83
ends=area	-3.88
ends=avenue	7.54
ends=camp	5.75
ends=chad	-5.05
ends=church	-3.97
ends=city	0.99
ends=county	-2.26
ends=darfur	-0.6
ends=delgado	-0.99
ends=dos	3.32
ends=fasher	1.25
ends=highway	-6.21
ends=hospital	-10
ends=market	8.37
ends=mosque	7.79
ends=province	-2.12
ends=region	-8.53
ends=river	-6.68
ends=road	0.89
ends=sea	-2.85
ends=square	-4.67
ends=state	-4.9
ends=street	-5.77
ends=sudan	-3.02
ends=township	-3.55
headlineOnly	-0.67
insidePick	1.03
inside|besidePick	2.64
inside|bias	1.03
inside|ends=highway	-2.64
inside|ends=hospital	1.79
inside|ends=market	5.7
inside|ends=road	-0.94
inside|headlineOnly	-3.07
inside|kind=admin1	-5.17
inside|kind=city	5.93
inside|kind=site	1.26
inside|locative	-1.98
inside|mentions=1	-2.75
inside|mentions=2	2.26
inside|mentions=3	1.52
inside|named	0.52
inside|near	4.51
inside|next=and	-5.54
inside|next=area	7.56
inside|next=in	5.95
inside|next=near	-1.71
inside|next=of	-2.5
inside|next=region	-0.99
inside|next=said	-3.43
inside|next=who	0.69
inside|origin	-4.55
inside|prev2=at the	3.56
inside|prev2=in the	-2.22
inside|prev2=on the	-1.69
inside|prev=at	-3.87
inside|prev=in	0.47
inside|prev=of	-1.19
inside|prev=the	-4.13
inside|rank<=1	2.67
inside|rank<=2	-0.27
inside|rank<=4	-5.78
inside|rank>4	3.75
inside|sentence<=0	-0.6
inside|sentence<=1	4.07
inside|sentence<=2	1.33
inside|sentence<=3	-3.26
inside|sentence<=5	4.49
inside|sentence<=8	-0.47
inside|sentence>8	-6.38
inside|untold	1.85
inside|weight<=0	1.85
inside|weight<=1	5.13
inside|weight<=12	-2.64
inside|weight<=2	0.28
inside|weight<=4	0.5
inside|weight<=7	-3.74
inside|weight>12	-0.35
kind=admin1	-7.73
kind=city	-0.41
kind=region	2.65
kind=site	6.46
locative	-2.26
mentions=1	-3.46
mentions=2	0.82
mentions=3	2.65
named	-1.04
near	-4.82
next='s	-10.55
next=a	12.18
next=about	-1.92
next=according	4.47
next=afp	-0.13
next=after	4.03
next=also	-0.99
next=and	-5.51
next=area	7.3
next=at	0.62
next=by	7.11
next=department	-1.39
next=district	-4.2
next=during	0.32
next=early	-12.16
next=for	5.5
next=had	-0.25
next=have	0.09
next=he	-2.63
next=in	1.27
next=is	4.6
next=killed	-1.58
next=killing	-0.06
next=kills	0.9
next=last	-2.6
next=late	0.72
next=mountains	-1.92
next=near	4.09
next=neighbourhood	1.37
next=of	-5.5
next=on	5.26
next=one	-4.87
next=police	2.99
next=province	1.7
next=region	-11.7
next=regional	-0.31
next=regions	-0.98
next=road	-1.84
next=said	-3.43
next=shortly	-2.64
next=since	5.1
next=some	2.54
next=state	-3.99
next=territory	-2.22
next=that	-1.31
next=the	-0.54
next=they	1.63
next=this	-5.12
next=to	0.18
next=told	-2.02
next=town	-0.57
next=village	8.86
next=was	-1.66
next=we	-1.25
next=were	-3.48
next=west	2.42
next=when	-2.05
next=where	1.26
next=which	-5.8
next=who	1.01
next=with	-0.01
next=’s	-5.49
origin	-7.83
pick|bias	4.18
pick|dateline	2.81
pick|kind=city	0.37
pick|locative	0.75
pick|mentions=1	4.3
pick|mentions=2	0.11
pick|mentions=3	-0.23
pick|named	3.04
pick|near	3.32
pick|next='s	-9.62
pick|next=a	-4.27
pick|next=and	8.41
pick|next=district	2.11
pick|next=in	1.08
pick|next=killed	-1.58
pick|next=late	3.88
pick|next=on	-2.82
pick|next=the	-2.49
pick|next=town	2.07
pick|next=village	4.5
pick|origin	4.91
pick|prev2=area of	-0.5
pick|prev2=city of	1.41
pick|prev2=municipality of	-1.04
pick|prev2=town of	1.8
pick|prev2=village of	4.27
pick|prev=at	-0.04
pick|prev=in	3.17
pick|prev=near	-5.64
pick|prev=of	2.66
pick|prev=the	5.31
pick|rank<=0	-0.33
pick|sentence<=0	-2.29
pick|sentence<=1	0.97
pick|sentence<=2	-3.68
pick|sentence<=3	-2.06
pick|sentence<=5	-0.73
pick|sentence>8	-0.56
pick|settlement	-3.14
pick|weight<=1	0.89
pick|weight<=12	-0.65
pick|weight<=2	-0.35
pick|weight<=4	-4.44
pick|weight<=7	1.44
pick|weight>12	2.78
prev2=along the	-1.6
prev2=and the	-7.18
prev2=area of	-0.87
prev2=around the	2.24
prev2=at the	3.32
prev2=attack on	4.97
prev2=building on	3.12
prev2=capital of	-0.05
prev2=church in	0.45
prev2=city of	-3.77
prev2=clash in	-4.48
prev2=community of	1.96
prev2=conference in	-1.31
prev2=control of	1.63
prev2=department of	-2.2
prev2=direction of	-2.22
prev2=district of	3.25
prev2=from the	-5.31
prev2=held in	-0.63
prev2=hospital in	-6.95
prev2=in the	-1.22
prev2=market in	-4.9
prev2=municipality of	-2.49
prev2=near the	-1.64
prev2=of the	2.29
prev2=office in	-2.84
prev2=on the	-5.54
prev2=outskirts of	6.18
prev2=people in	-7.38
prev2=police in	-7.8
prev2=post in	-3.88
prev2=province of	5.99
prev2=region of	-1.63
prev2=reporters in	-0.65
prev2=road between	0.53
prev2=signed in	0.73
prev2=south of	-2.19
prev2=state capital	-3.11
prev2=state of	-2.43
prev2=station in	1.99
prev2=struck the	3.84
prev2=taken to	-0.88
prev2=the capital	1.25
prev2=the city's	-3.64
prev2=the nearby	-0.88
prev2=to the	-2.72
prev2=towards the	-6.16
prev2=town in	-0.67
prev2=town of	3.71
prev2=village in	3.9
prev2=village of	8.6
prev2=villages of	-1.75
prev2=west of	-3.54
prev=across	0.99
prev=and	-12.9
prev=around	11.03
prev=at	7.06
prev=between	-2.6
prev=capital	-1.1
prev=central	5.7
prev=city's	-3.64
prev=eastern	4.34
prev=for	-6.53
prev=from	-7.39
prev=in	0.64
prev=including	-0.94
prev=near	5.79
prev=nearby	-3.63
prev=of	0.38
prev=on	-3.7
prev=say	-0.65
prev=says	0.63
prev=somalia's	-0.98
prev=sudan's	-0.66
prev=the	1.66
prev=to	-0.84
prev=towards	-3.82
prev=western	-1.51
prev=with	5.33
rank<=0	-4.84
rank<=1	3.61
rank<=2	1.63
rank<=4	0.02
rank>4	-0.43
rule-pick	4.18
sentence<=0	5.07
sentence<=1	3.31
sentence<=2	8.84
sentence<=3	6.73
sentence<=5	-1.06
sentence<=8	-7.97
sentence>8	-13.59
settlement	6.96
untold	-1.32
weight<=0	-1.32
weight<=1	-2.31
weight<=12	-0.99
weight<=2	0.69
weight<=4	2.42
weight<=7	0.29
weight>12	1.23
`;
